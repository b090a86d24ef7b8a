namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Agree, disagree and seen (passes included) counts per opinion group × statement, in flat arrays.</summary>
internal sealed class GroupVoteCounts
{
    private GroupVoteCounts(int groups, int statements)
    {
        Groups = groups;
        Statements = statements;
        Agree = new int[groups * statements];
        Disagree = new int[groups * statements];
        Seen = new int[groups * statements];
    }

    public int Groups { get; }

    public int Statements { get; }

    public int[] Agree { get; }

    public int[] Disagree { get; }

    public int[] Seen { get; }

    /// <summary>Counts the votes of <paramref name="rows"/>, row i belonging to group <paramref name="groupOf"/>[i].</summary>
    public static GroupVoteCounts Of(VoteMatrix votes, int[] rows, int[] groupOf, int groups)
    {
        var statements = votes.StatementIds.Length;
        var counts = new GroupVoteCounts(groups, statements);
        for (var i = 0; i < rows.Length; i++)
        {
            var offset = groupOf[i] * statements;
            for (var k = votes.RowStarts[rows[i]]; k < votes.RowStarts[rows[i] + 1]; k++)
            {
                var cell = offset + votes.Columns[k];
                counts.Seen[cell]++;
                switch (votes.Values[k])
                {
                    case Votes.Agree:
                        counts.Agree[cell]++;
                        break;
                    case Votes.Disagree:
                        counts.Disagree[cell]++;
                        break;
                }
            }
        }

        return counts;
    }
}
