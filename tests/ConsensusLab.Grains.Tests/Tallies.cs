using ConsensusLab.Statistics;

namespace ConsensusLab.Grains.Tests;

/// <summary>Compares tallies by value: their arrays compare by reference otherwise.</summary>
internal static class Tallies
{
    public static void Equal(TallySnapshot expected, TallySnapshot actual)
    {
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Scale, actual.Scale);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    /// <summary>One line per group: "GOV 3: 0 1 2 0 0".</summary>
    public static IEnumerable<string> Describe(TallySnapshot tally) =>
        tally.Groups.Select(g => $"{g.Group} {g.Respondents}: {string.Join(' ', g.Cells)}");

    public static long Respondents(TallySnapshot tally) => tally.Groups.Sum(g => g.Respondents);
}
