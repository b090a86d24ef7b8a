namespace ConsensusLab.Statistics;

/// <summary>How stakeholder groups are weighted against each other.</summary>
public enum WeightingScheme
{
    /// <summary>Every group present carries the same total weight (Tunis Agenda's "equal footing").</summary>
    EqualFooting,

    /// <summary>One respondent, one vote.</summary>
    Headcount,

    /// <summary>Relative group weights set by the moderator.</summary>
    Custom,
}
