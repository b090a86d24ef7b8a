using System.Collections.Immutable;
using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// The answers that count in the round being asked: each participant's current answer and the per-group tally they
/// add up to. It is derived from the ledger alone, so replaying the ledger rebuilds it exactly, and applying an entry
/// twice changes nothing. Owned by one question grain activation; not thread-safe.
/// </summary>
internal sealed class CountedAnswers(QuestionDefinition definition, ImmutableArray<string> groups, int round)
{
    private readonly Dictionary<string, Counted> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _withdrawn = new(StringComparer.Ordinal);
    private QuestionTally _tally = new(QuestionScale.Of(definition), groups);
    private int _round = round;

    /// <summary>The ledger sequence of the last entry counted: it only grows.</summary>
    public long Version { get; private set; }

    public int Respondents => _current.Count;

    /// <summary>The answer a retry of <paramref name="requestId"/> repeats, if it is the participant's current one.</summary>
    public bool TryFindRetry(string participantId, string requestId, out Counted counted) =>
        _current.TryGetValue(participantId, out counted!) && counted.RequestId == requestId;

    public Counted? Current(string participantId) => _current.GetValueOrDefault(participantId);

    public TallySnapshot Snapshot() => _tally.Snapshot(Version);

    /// <summary>Applies a ledger entry as it was applied when it was accepted (replay).</summary>
    public void Apply(LedgerRecord record)
    {
        var entry = record.Entry;
        var group = groups.IndexOf(entry.GroupCode);
        // A withdrawal holds in every round; answers count only in the round being asked.
        if ((entry.Round != _round && entry.Kind != LedgerEntryKind.Withdrawal) || group < 0)
            return;
        if (entry.Kind == LedgerEntryKind.Withdrawal)
            Withdraw(record.Sequence, entry.ParticipantId);
        else
            Count(record.Sequence, entry.ParticipantId, group,
                JsonSerializer.Deserialize<AnswerValue>(entry.Answer, GrainStateJson.Options)!, entry.RecordedAt, entry.RequestId);
    }

    /// <summary>
    /// Counts an answer and says whether it replaced the participant's earlier one. Ledger order decides which of a
    /// participant's answers is current, and nothing of a participant who withdrew counts again.
    /// </summary>
    public bool Count(long sequence, string participantId, int group, AnswerValue answer, DateTimeOffset recordedAt, string? requestId)
    {
        if (_withdrawn.ContainsKey(participantId))
            return false;
        var cells = QuestionScale.Cells(definition, answer);
        var replaced = _current.TryGetValue(participantId, out var previous);
        if (replaced)
        {
            // Two answers of one participant may finish their commits out of order; the later sequence wins, and an
            // entry seen again changes nothing.
            if (previous!.Sequence >= sequence)
                return true;
            _tally.Remove(previous.Group, previous.Cells);
        }
        _tally.Add(group, cells);
        _current[participantId] = new Counted(sequence, group, cells, answer, recordedAt, requestId);
        Version = Math.Max(Version, sequence);
        return replaced;
    }

    public void Withdraw(long sequence, string participantId)
    {
        _withdrawn[participantId] = sequence;
        if (_current.Remove(participantId, out var counted))
            _tally.Remove(counted.Group, counted.Cells);
        Version = Math.Max(Version, sequence);
    }

    public bool HasWithdrawn(string participantId) => _withdrawn.ContainsKey(participantId);

    /// <summary>A new round starts empty; withdrawals still hold, and the version goes on from where it was.</summary>
    public void StartRound(int newRound)
    {
        _round = newRound;
        _current.Clear();
        _tally = new QuestionTally(QuestionScale.Of(definition), groups);
    }

    /// <summary>A participant's answer as it counts.</summary>
    public sealed record Counted(long Sequence, int Group, int[] Cells, AnswerValue Answer, DateTimeOffset RecordedAt, string? RequestId);
}
