using System.Collections.Immutable;
using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;
using ConsensusLab.Statistics.Deliberation;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// The answers that count in the round being asked: each participant's current answer and the per-group tally they
/// add up to. On a statements question the unit is a participant's vote on one statement, and the statement tally
/// keeps per-statement, per-group counts beside the question's tally. It is derived from the ledger alone, so
/// replaying the ledger rebuilds it exactly, and applying an entry twice changes nothing. Owned by one question grain
/// activation; not thread-safe.
/// </summary>
internal sealed class CountedAnswers(QuestionDefinition definition, ImmutableArray<string> groups, int round)
{
    private const int NoStatement = -1;
    private readonly Dictionary<Unit, Counted> _current = [];
    // Units counted per participant, so that the respondents are people, not votes.
    private readonly Dictionary<string, int> _unitsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _withdrawn = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _votesOn = [];
    private QuestionTally _tally = new(QuestionScale.Of(definition), groups);
    private StatementTally _statements = new();
    private int _round = round;

    /// <summary>The ledger sequence of the last entry counted: it only grows.</summary>
    public long Version { get; private set; }

    public int Respondents => _unitsOf.Count;

    /// <summary>The answer a retry of <paramref name="requestId"/> repeats, if it is the participant's current one.</summary>
    public bool TryFindRetry(string participantId, AnswerValue answer, string requestId, out Counted counted) =>
        _current.TryGetValue(UnitOf(participantId, answer), out counted!) && counted.RequestId == requestId;

    public Counted? Current(string participantId) => _current.GetValueOrDefault(new Unit(participantId, NoStatement));

    /// <summary>The participant's current vote on a statement, or null.</summary>
    public Counted? CurrentVote(string participantId, int statement) => _current.GetValueOrDefault(new Unit(participantId, statement));

    public TallySnapshot Snapshot() => _tally.Snapshot(Version);

    /// <summary>How many participants' current votes a statement has (passes included).</summary>
    public int VotesOn(int statement) => _votesOn.GetValueOrDefault(statement);

    /// <summary>Per statement and group, the counts of the current votes.</summary>
    public ImmutableDictionary<int, ImmutableDictionary<string, StatementCounts>> StatementCounts() => _statements.Snapshot();

    /// <summary>Every current vote, for the opinion groups (a copy: the caller may read it off the grain's turn).</summary>
    public ImmutableArray<(StatementVote Vote, string Group)> Votes() =>
        [.. _current.Where(c => c.Key.Statement != NoStatement)
            .Select(c => (new StatementVote(c.Key.ParticipantId, c.Key.Statement, c.Value.Answer.Vote!.Value), groups[c.Value.Group]))];

    /// <summary>
    /// Applies a ledger entry as it was applied when it was accepted (replay), and says whether it changed what counts:
    /// false for an entry counted already, superseded by a later one of the participant, or of another round.
    /// </summary>
    public bool Apply(LedgerRecord record)
    {
        var entry = record.Entry;
        var group = groups.IndexOf(entry.GroupCode);
        // A withdrawal holds in every round; answers count only in the round being asked.
        if ((entry.Round != _round && entry.Kind != LedgerEntryKind.Withdrawal) || group < 0)
            return false;
        if (entry.Kind == LedgerEntryKind.Withdrawal)
        {
            if (_withdrawn.ContainsKey(entry.ParticipantId))
                return false;
            Withdraw(record.Sequence, entry.ParticipantId);
            return true;
        }
        return Count(record.Sequence, entry.ParticipantId, group,
            JsonSerializer.Deserialize<AnswerValue>(entry.Answer, GrainStateJson.Options)!, entry.RecordedAt, entry.RequestId)
            is CountOutcome.Added or CountOutcome.Replaced;
    }

    /// <summary>
    /// Counts an answer (or vote) and says what that did. Ledger order decides which of a participant's answers is
    /// current, and nothing of a participant who withdrew counts again.
    /// </summary>
    public CountOutcome Count(long sequence, string participantId, int group, AnswerValue answer, DateTimeOffset recordedAt, string? requestId)
    {
        if (_withdrawn.ContainsKey(participantId))
            return CountOutcome.Withdrawn;
        var unit = UnitOf(participantId, answer);
        var cells = QuestionScale.Cells(definition, answer);
        var replaced = _current.TryGetValue(unit, out var previous);
        if (replaced)
        {
            // Two answers of one participant may finish their commits out of order; the later sequence wins, and an
            // entry seen again changes nothing.
            if (previous!.Sequence >= sequence)
                return CountOutcome.Superseded;
            Uncount(unit, previous);
        }
        _tally.Add(group, cells);
        if (unit.Statement != NoStatement)
        {
            _statements.Apply(unit.Statement, groups[group], null, answer.Vote);
            _votesOn[unit.Statement] = VotesOn(unit.Statement) + 1;
        }
        _current[unit] = new Counted(sequence, group, cells, answer, recordedAt, requestId);
        _unitsOf[participantId] = _unitsOf.GetValueOrDefault(participantId) + 1;
        Version = Math.Max(Version, sequence);
        return replaced ? CountOutcome.Replaced : CountOutcome.Added;
    }

    public void Withdraw(long sequence, string participantId)
    {
        _withdrawn[participantId] = sequence;
        if (_unitsOf.ContainsKey(participantId))
        {
            foreach (var (unit, counted) in _current.Where(c => c.Key.ParticipantId == participantId).ToList())
            {
                Uncount(unit, counted);
                _current.Remove(unit);
            }
        }
        Version = Math.Max(Version, sequence);
    }

    public bool HasWithdrawn(string participantId) => _withdrawn.ContainsKey(participantId);

    /// <summary>A new round starts empty; withdrawals still hold, and the version goes on from where it was.</summary>
    public void StartRound(int newRound)
    {
        _round = newRound;
        _current.Clear();
        _unitsOf.Clear();
        _votesOn.Clear();
        _tally = new QuestionTally(QuestionScale.Of(definition), groups);
        _statements = new StatementTally();
    }

    private void Uncount(Unit unit, Counted counted)
    {
        _tally.Remove(counted.Group, counted.Cells);
        if (unit.Statement != NoStatement)
        {
            _statements.Apply(unit.Statement, groups[counted.Group], counted.Answer.Vote, null);
            _votesOn[unit.Statement]--;
        }
        if (--_unitsOf[unit.ParticipantId] == 0)
            _unitsOf.Remove(unit.ParticipantId);
    }

    private static Unit UnitOf(string participantId, AnswerValue answer) => new(participantId, answer.Statement ?? NoStatement);

    /// <summary>What one current answer is about: the question, or one statement of it.</summary>
    private readonly record struct Unit(string ParticipantId, int Statement);

    /// <summary>A participant's answer as it counts.</summary>
    public sealed record Counted(long Sequence, int Group, int[] Cells, AnswerValue Answer, DateTimeOffset RecordedAt, string? RequestId);
}
