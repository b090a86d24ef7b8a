using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>A statement a participant writes for the room to vote on.</summary>
/// <param name="ParticipantId">Per-session pseudonym of the author.</param>
/// <param name="Group">The author's stakeholder group.</param>
/// <param name="RequestId">The client's id for this request: a resent submission is acknowledged as the first was.</param>
/// <param name="Text">The statement.</param>
/// <param name="Language">Its language (BCP 47 tag), when the author says.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.StatementCommand")]
public sealed record StatementCommand(string ParticipantId, string Group, string? RequestId, string Text, string? Language);
