namespace ConsensusLab.Statistics;

/// <summary>Which rule decides a question's verdict.</summary>
public enum VerdictRule
{
    /// <summary>The Delphi criterion on the room's answers (headcount and custom weighting).</summary>
    Room,

    /// <summary>
    /// Equal footing: consensus only when the room's answers meet the Delphi criterion and so does every group compared
    /// (present, not withheld by the privacy threshold); the card then cannot say "consensus" while a group disagrees.
    /// </summary>
    EveryGroup,
}
