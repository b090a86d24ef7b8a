using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>The acknowledgement of a durable answer.</summary>
/// <param name="ParticipantId">Who answered.</param>
/// <param name="QuestionId">Which question.</param>
/// <param name="Sequence">The answer's ledger sequence number.</param>
/// <param name="Replaced">Whether it replaced the participant's earlier answer.</param>
/// <param name="RecordedAt">When the server accepted it.</param>
/// <param name="Retried">The request was a retry: this acknowledges the answer the ledger already held, counted once.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.AnswerReceipt")]
public sealed record AnswerReceipt(string ParticipantId, string QuestionId, long Sequence, bool Replaced, DateTimeOffset RecordedAt,
    bool Retried = false);
