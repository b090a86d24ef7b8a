namespace ConsensusLab.Statistics.Tests.Comparisons;

/// <summary>
/// Two small sessions that asked the same question, "2025" before "2026", with groups GOV and CS and no privacy
/// threshold. Reference/comparison_reference.py and comparison_reference.R compute the reference values from them.
/// </summary>
internal static class ComparisonExample
{
    private static readonly string[] Groups = ["GOV", "CS"];

    /// <summary>5-point Likert (cells 0..4, agree = 3 or 4). 2025: GOV 3 of 4 agree, CS 2 of 6. 2026: GOV 4 of 5, CS 4 of 6.</summary>
    public static ComparedSession[] Likert() =>
    [
        Session("2025", TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), Groups, [4, 4, 3, 1], [4, 0, 1, 2, 3, 1])),
        Session("2026", TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), Groups, [4, 3, 3, 2, 4], [3, 4, 4, 3, 1, 0])),
    ];

    /// <summary>Position axis. 2025: GOV −0.5, 0, 0.5; CS 0.2, 0.4, 0.6, 1. 2026: GOV −1, −0.5, 0, 0.25; CS 0.5, 0.5, 0.9.</summary>
    public static ComparedSession[] Position() =>
    [
        Session("2025", Positions([-0.5, 0, 0.5], [0.2, 0.4, 0.6, 1.0])),
        Session("2026", Positions([-1, -0.5, 0, 0.25], [0.5, 0.5, 0.9])),
    ];

    public static ComparedSession Session(string code, TallySnapshot tally, int threshold = 1) =>
        new(code, tally, Weighting.Schemes(new Dictionary<string, double>(), OtherGroups.None), threshold);

    private static TallySnapshot Positions(double[] gov, double[] cs) =>
        TallyFactory.SingleCell(new Scale(ScaleKind.Position, 0), Groups,
            [.. gov.Select(Scale.PositionCell)], [.. cs.Select(Scale.PositionCell)]);
}
