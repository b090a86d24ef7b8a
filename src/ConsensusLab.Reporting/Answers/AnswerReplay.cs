using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Replays the ledger the way question grains do: in sequence order, a participant's later answer to a question
/// (in the same round) replaces the earlier one, so the last one is current and the others are superseded; a
/// participant's withdrawal from a question takes all their answers to it, in every round, out of the count.
/// </summary>
public static class AnswerReplay
{
    /// <summary>Every entry, in sequence order, with its status.</summary>
    public static IReadOnlyList<ReplayedAnswer> Replay(IEnumerable<LedgerRecord> ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var ordered = ledger.OrderBy(r => r.Sequence).ToList();
        // Sequence order decides, not the order the records arrive in: the last sequence per key wins.
        var last = new Dictionary<(string Question, int Round, string Participant), long>();
        var withdrawn = new HashSet<(string Question, string Participant)>();
        foreach (var record in ordered)
        {
            if (record.Entry.Kind == LedgerEntryKind.Withdrawal)
                withdrawn.Add((record.Entry.QuestionId, record.Entry.ParticipantId));
            else
                last[Key(record.Entry)] = record.Sequence;
        }
        return ordered.Select(r => r.Entry.Kind == LedgerEntryKind.Withdrawal
            ? new ReplayedAnswer(r, null, AnswerStatus.Withdrawal)
            : new ReplayedAnswer(r, Decode(r.Entry), StatusOf(r, last, withdrawn))).ToList();
    }

    private static AnswerStatus StatusOf(LedgerRecord record, Dictionary<(string, int, string), long> last,
        HashSet<(string, string)> withdrawn)
    {
        if (withdrawn.Contains((record.Entry.QuestionId, record.Entry.ParticipantId)))
            return AnswerStatus.Withdrawn;
        return last[Key(record.Entry)] == record.Sequence ? AnswerStatus.Current : AnswerStatus.Superseded;
    }

    private static (string, int, string) Key(LedgerEntry entry) => (entry.QuestionId, entry.Round, entry.ParticipantId);

    private static AnswerValue Decode(LedgerEntry entry) =>
        JsonSerializer.Deserialize<AnswerValue>(entry.Answer, GrainStateJson.Options)
        ?? throw new InvalidDataException($"Ledger entry of question '{entry.QuestionId}' holds no answer.");
}
