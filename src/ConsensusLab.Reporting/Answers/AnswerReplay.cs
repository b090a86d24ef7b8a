using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Replays the ledger the way question grains do: in sequence order, a participant's later answer to a question
/// (in the same round; on a statements question, their later vote on the same statement) replaces the earlier one, so the last one is current and the others are superseded; a
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
        var decoded = ordered.Select(r => r.Entry.Kind == LedgerEntryKind.Withdrawal ? null : Decode(r.Entry)).ToList();
        var last = new Dictionary<(string Question, int Round, string Participant, int Statement), long>();
        var withdrawn = new HashSet<(string Question, string Participant)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (decoded[i] is { } answer)
                last[Key(ordered[i].Entry, answer)] = ordered[i].Sequence;
            else
                withdrawn.Add((ordered[i].Entry.QuestionId, ordered[i].Entry.ParticipantId));
        }
        return ordered.Select((r, i) => decoded[i] is { } answer
            ? new ReplayedAnswer(r, answer, StatusOf(r, answer, last, withdrawn))
            : new ReplayedAnswer(r, null, AnswerStatus.Withdrawal)).ToList();
    }

    private static AnswerStatus StatusOf(LedgerRecord record, AnswerValue answer, Dictionary<(string, int, string, int), long> last,
        HashSet<(string, string)> withdrawn)
    {
        if (withdrawn.Contains((record.Entry.QuestionId, record.Entry.ParticipantId)))
            return AnswerStatus.Withdrawn;
        return last[Key(record.Entry, answer)] == record.Sequence ? AnswerStatus.Current : AnswerStatus.Superseded;
    }

    // A vote's unit is its statement; any other answer's is the question (-1).
    private static (string, int, string, int) Key(LedgerEntry entry, AnswerValue answer) =>
        (entry.QuestionId, entry.Round, entry.ParticipantId, answer.Statement ?? -1);

    private static AnswerValue Decode(LedgerEntry entry) =>
        JsonSerializer.Deserialize<AnswerValue>(entry.Answer, GrainStateJson.Options)
        ?? throw new InvalidDataException($"Ledger entry of question '{entry.QuestionId}' holds no answer.");
}
