using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>One participant's latest vote on one statement.</summary>
/// <param name="ParticipantId">The participant.</param>
/// <param name="StatementId">The statement.</param>
/// <param name="Vote">+1 agree, −1 disagree, 0 pass (<see cref="Votes"/>).</param>
[GenerateSerializer, Immutable, Alias("consensuslab.StatementVote")]
public sealed record StatementVote(string ParticipantId, int StatementId, int Vote);
