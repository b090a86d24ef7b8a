namespace ConsensusLab.Statistics;

/// <summary>
/// Position means with their linearisation SEs from a tally: each respondent sits at their cell's value with their
/// group's weight under the scheme, and <see cref="Linearisation.Mean"/> does the rest, so the SE is the one R
/// survey's svymean gives for the same respondents and weights.
/// </summary>
internal static class TallyMeans
{
    /// <summary>The mean position of the groups whose per-respondent weight is given (0 leaves a group out).</summary>
    public static SurveyEstimate Of(TallySnapshot tally, IReadOnlyList<double> respondentWeights)
    {
        var respondents = tally.Groups.Sum(g => g.Respondents);
        var answers = new double[respondents];
        var weights = new double[respondents];
        var i = 0;
        for (var g = 0; g < tally.Groups.Length; g++)
        {
            var cells = tally.Groups[g].Cells;
            for (var cell = 0; cell < cells.Length; cell++)
            {
                for (var k = 0L; k < cells[cell]; k++)
                {
                    answers[i] = Scale.PositionValue(cell);
                    weights[i++] = respondentWeights[g];
                }
            }
        }

        return Linearisation.Mean(answers.AsSpan(0, i), weights.AsSpan(0, i));
    }

    /// <summary>One group's unweighted mean: every other group weighs zero.</summary>
    public static SurveyEstimate OfGroup(TallySnapshot tally, int group) =>
        Of(tally, [.. Enumerable.Range(0, tally.Groups.Length).Select(g => g == group ? 1.0 : 0.0)]);
}
