using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Samples;

/// <summary>A participant of a sample session with their answers (question id → answer), joined and answered when the sample is created.</summary>
public sealed record SampleParticipant(string Group, string Country, IReadOnlyDictionary<string, AnswerValue> Answers);
