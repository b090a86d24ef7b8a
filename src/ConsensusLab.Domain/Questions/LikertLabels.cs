using System.Collections.Immutable;

namespace ConsensusLab.Domain.Questions;

/// <summary>The agreement labels used when a Likert question does not name its own points.</summary>
public static class LikertLabels
{
    public static ImmutableArray<string> FivePoint { get; } =
        ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    public static ImmutableArray<string> SevenPoint { get; } =
        ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"];

    public static ImmutableArray<string> For(int points) => points == 7 ? SevenPoint : FivePoint;
}
