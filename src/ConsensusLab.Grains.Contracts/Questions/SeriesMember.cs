using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Grains.Questions;

/// <summary>A question linked to a series: the session it was asked in and what it asked.</summary>
/// <param name="SessionCode">The session.</param>
/// <param name="Definition">The question, as its session defined it.</param>
public sealed record SeriesMember(string SessionCode, QuestionDefinition Definition);
