using ConsensusLab.Domain.Participants;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Takes a withdrawn participant's entries out of a ledger read, so that exports, the report and recomputed figures
/// hold nothing of theirs while the ledger itself keeps every entry. An entry goes when its participant withdrew from
/// the session (the participant store says so) or from its question (the ledger holds their withdrawal entry for it,
/// as the question grain that stops counting them does): the withdrawal entries go with the answers they cancel.
/// </summary>
public static class WithdrawnAnswers
{
    /// <summary>The ledger records of participants who did not withdraw, in the order given.</summary>
    public static IReadOnlyList<LedgerRecord> Remove(IReadOnlyList<LedgerRecord> ledger, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(participants);
        var fromSession = participants.Where(p => p.WithdrawnAt is not null).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var fromQuestion = ledger.Where(r => r.Entry.Kind == LedgerEntryKind.Withdrawal)
            .Select(r => (r.Entry.QuestionId, r.Entry.ParticipantId)).ToHashSet();
        if (fromSession.Count == 0 && fromQuestion.Count == 0)
            return ledger;
        return [.. ledger.Where(r => !fromSession.Contains(r.Entry.ParticipantId)
            && !fromQuestion.Contains((r.Entry.QuestionId, r.Entry.ParticipantId)))];
    }
}
