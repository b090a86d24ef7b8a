using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>The acknowledgement of a statement, given once the question's state holding it is written.</summary>
/// <param name="Statement">The statement as stored (pending in strict mode until the moderator accepts it).</param>
/// <param name="Retried">The request was a retry: this acknowledges the statement stored the first time.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.StatementReceipt")]
public sealed record StatementReceipt(Statement Statement, bool Retried = false);
