using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Replays the ledger the way question grains do: in sequence order, a participant's later answer to a question
/// (in the same round) replaces the earlier one, so the last one is current and the others are superseded.
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
        foreach (var record in ordered)
            last[Key(record.Entry)] = record.Sequence;
        return ordered.Select(r => new ReplayedAnswer(r, Decode(r.Entry),
            last[Key(r.Entry)] == r.Sequence ? AnswerStatus.Current : AnswerStatus.Superseded)).ToList();
    }

    private static (string, int, string) Key(LedgerEntry entry) => (entry.QuestionId, entry.Round, entry.ParticipantId);

    private static AnswerValue Decode(LedgerEntry entry) =>
        JsonSerializer.Deserialize<AnswerValue>(entry.Answer, GrainStateJson.Options)
        ?? throw new InvalidDataException($"Ledger entry of question '{entry.QuestionId}' holds no answer.");
}
