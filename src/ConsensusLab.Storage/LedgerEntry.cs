namespace ConsensusLab.Storage;

/// <summary>One accepted answer, vote or withdrawal as the ledger keeps it; entries are never changed or deleted.</summary>
/// <param name="SessionCode">The session.</param>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Round">The question's round (a question may be asked again).</param>
/// <param name="ParticipantId">The participant's per-session pseudonym.</param>
/// <param name="GroupCode">The participant's stakeholder group when answering.</param>
/// <param name="RequestId">The client's id for the request, so that a retry is recognised.</param>
/// <param name="Answer">The answer as JSON.</param>
/// <param name="RecordedAt">When the server accepted it.</param>
/// <param name="Kind">An answer, or the participant's withdrawal (then <paramref name="Answer"/> is "null").</param>
public sealed record LedgerEntry(
    string SessionCode,
    string QuestionId,
    int Round,
    string ParticipantId,
    string GroupCode,
    string? RequestId,
    string Answer,
    DateTimeOffset RecordedAt,
    LedgerEntryKind Kind = LedgerEntryKind.Answer);
