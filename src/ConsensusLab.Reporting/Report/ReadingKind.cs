namespace ConsensusLab.Reporting;

/// <summary>What the stakeholder groups' figures on a question say in plain language (<see cref="ReadingRules"/>).</summary>
public enum ReadingKind
{
    /// <summary>Fewer than two groups can be compared (the others are empty or withheld).</summary>
    TooFewGroups,

    /// <summary>Every group compared agrees.</summary>
    AllAgree,

    /// <summary>Every group compared disagrees.</summary>
    AllDisagree,

    /// <summary>Position: every group compared leans to the left end of the axis.</summary>
    AllLeanLeft,

    /// <summary>Position: every group compared leans to the right end of the axis.</summary>
    AllLeanRight,

    /// <summary>One group agrees (or leans one way) and another disagrees (or leans the other way).</summary>
    Split,

    /// <summary>No common position and no opposite camps.</summary>
    Mixed,

    /// <summary>Choice and ranking questions: the groups' distributions are close.</summary>
    Alike,

    /// <summary>Choice and ranking questions: the groups' distributions differ.</summary>
    Differ,
}
