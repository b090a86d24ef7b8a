namespace ConsensusLab.Statistics.Deliberation;

/// <summary>The first two principal axes of the mean-imputed vote matrix and the column means they are centred on.</summary>
/// <param name="Means">Per statement, the mean vote of the clustered participants who voted on it.</param>
/// <param name="First">Unit loading vector of the first component, one entry per statement.</param>
/// <param name="Second">Unit loading vector of the second component, orthogonal to the first; all zero when the
/// votes vary along one axis only.</param>
internal sealed record PrincipalComponents(double[] Means, double[] First, double[] Second)
{
    /// <summary>
    /// A participant's place on the map: the centred votes (a missing vote, imputed by the mean, centres to 0) on
    /// the two axes, scaled by √(statements / statements voted) as Polis does, so that someone who voted on few
    /// statements is not drawn to the centre merely for lack of votes.
    /// </summary>
    public (double X, double Y) Project(VoteMatrix votes, int row)
    {
        var start = votes.RowStarts[row];
        var end = votes.RowStarts[row + 1];
        if (end == start)
        {
            return (0, 0);
        }

        var x = 0.0;
        var y = 0.0;
        for (var k = start; k < end; k++)
        {
            var column = votes.Columns[k];
            var centred = votes.Values[k] - Means[column];
            x += centred * First[column];
            y += centred * Second[column];
        }

        var scale = Math.Sqrt((double)Means.Length / (end - start));
        return (x * scale, y * scale);
    }
}
