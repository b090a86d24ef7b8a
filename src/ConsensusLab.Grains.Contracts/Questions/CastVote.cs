using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>A participant's vote on a statement that counts now.</summary>
/// <param name="StatementId">The statement.</param>
/// <param name="Vote">+1 agree, −1 disagree, 0 pass.</param>
/// <param name="Sequence">The vote's ledger sequence.</param>
/// <param name="RecordedAt">When the server accepted it.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.CastVote")]
public sealed record CastVote(int StatementId, int Vote, long Sequence, DateTimeOffset RecordedAt);
