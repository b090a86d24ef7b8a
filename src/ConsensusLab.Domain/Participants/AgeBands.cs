using System.Collections.Immutable;

namespace ConsensusLab.Domain.Participants;

/// <summary>
/// The age bands a participant may declare. Their lower bounds are the ages a session may choose as its
/// "young" threshold, so "young" is always a whole number of bands.
/// </summary>
public static class AgeBands
{
    public const int DefaultYoungUnderAge = 30;

    /// <summary>Band codes with their lower bounds, youngest first.</summary>
    public static ImmutableArray<(string Code, int From)> All { get; } =
    [
        ("under-18", 0), ("18-24", 18), ("25-29", 25), ("30-34", 30), ("35-39", 35),
        ("40-49", 40), ("50-59", 50), ("60-plus", 60),
    ];

    public static bool IsKnown(string band) => All.Any(b => b.Code == band);

    /// <summary>Whether a band lies wholly under the age; the age must be a band boundary.</summary>
    public static bool IsYounger(string band, int underAge) =>
        All.Single(b => b.Code == band).From < underAge;

    /// <summary>Ages a session may use as its young threshold.</summary>
    public static bool IsBoundary(int age) => All.Any(b => b.From == age && age > 0);
}
