namespace ConsensusLab.Domain.Questions;

/// <summary>The kinds of question a session can ask.</summary>
public enum QuestionKind
{
    /// <summary>Agreement on a 5- or 7-point labelled scale.</summary>
    Likert,

    /// <summary>A point on the evolution (−1) ↔ creation (+1) axis.</summary>
    Position,

    SingleChoice,
    MultipleChoice,

    /// <summary>A complete ordering of up to ten items.</summary>
    Ranking,

    /// <summary>Deliberation: participants write statements and vote agree / disagree / pass on each (Polis-like).</summary>
    Statements,
}
