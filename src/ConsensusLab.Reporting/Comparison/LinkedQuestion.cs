using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>A question of a series with the archive of the session that asked it.</summary>
public sealed record LinkedQuestion(SessionArchive Archive, QuestionDefinition Question);
