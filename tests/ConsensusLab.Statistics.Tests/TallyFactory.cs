namespace ConsensusLab.Statistics.Tests;

/// <summary>Builds tallies for tests from per-group lists of single-cell answers.</summary>
internal static class TallyFactory
{
    public static readonly string[] ThreeGroups = ["GOV", "PS", "CS"];

    public static TallySnapshot SingleCell(Scale scale, string[] groups, params int[][] cellsByGroup)
    {
        var tally = new QuestionTally(scale, groups);
        for (var g = 0; g < cellsByGroup.Length; g++)
        {
            foreach (var cell in cellsByGroup[g])
            {
                tally.Add(g, [cell]);
            }
        }

        return tally.Snapshot(1);
    }

    /// <summary>
    /// The worked example of docs/statistics.md: a 5-point Likert question (cells 0..4).
    /// GOV: 4 respondents answering 2, 3, 4, 4 (agree 3, disagree 0).
    /// PS: 2 respondents answering 0, 1 (agree 0, disagree 2).
    /// CS: 4 respondents answering 1, 2, 3, 4 (agree 2, disagree 1).
    /// </summary>
    public static TallySnapshot ThreeGroupLikert() =>
        SingleCell(new Scale(ScaleKind.Ordinal, 5), ThreeGroups, [2, 3, 4, 4], [0, 1], [1, 2, 3, 4]);
}
