namespace ConsensusLab.Statistics;

/// <summary>The kinds of question whose answers can be tallied.</summary>
public enum ScaleKind
{
    /// <summary>Likert agreement scale: cell 0 = strongly disagree ... cell Options-1 = strongly agree.</summary>
    Ordinal,

    /// <summary>Single choice among unordered options.</summary>
    Nominal,

    /// <summary>Unordered options of which a respondent may tick several (or none).</summary>
    MultipleChoice,

    /// <summary>A point on the axis -1 ("evolve existing structures") .. +1 ("create new structures").</summary>
    Position,

    /// <summary>A complete ranking of Options items.</summary>
    Ranking,
}
