using Orleans;

namespace ConsensusLab.Domain.Questions;

/// <summary>An answer as a participant gives it; exactly the field that fits the question's kind is set.</summary>
/// <param name="Choice">Likert: the point, 0-based from the disagreeing end; single choice: the option index.</param>
/// <param name="Choices">Multiple choice: the ticked option indices.</param>
/// <param name="Ranking">Ranking: item indices, most preferred first, every item once.</param>
/// <param name="Position">Position: the point on the evolution (−1) ↔ creation (+1) axis.</param>
/// <param name="Statement">Statements: the statement voted on.</param>
/// <param name="Vote">Statements: +1 agree, −1 disagree, 0 pass.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.AnswerValue")]
public sealed record AnswerValue(
    int? Choice = null,
    IReadOnlyList<int>? Choices = null,
    IReadOnlyList<int>? Ranking = null,
    double? Position = null,
    int? Statement = null,
    int? Vote = null);
