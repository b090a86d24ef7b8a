namespace ConsensusLab.Reporting;

/// <summary>What a row of comparison.csv holds.</summary>
public enum ComparisonRowKind
{
    /// <summary>The session's figure with its interval.</summary>
    Estimate,

    /// <summary>The change from the previous session (this one minus that one), with its interval and test.</summary>
    Change,
}
