using System.Collections.Immutable;
using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Live;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// Owns one question. Its tally is derived state: on activation it is rebuilt from the ledger, and every answer is
/// appended to the ledger before it changes the tally, so the tally never shows an answer that could still be lost.
/// </summary>
internal sealed class QuestionGrain : Grain, IQuestionGrain
{
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(100);

    private readonly IPersistentState<QuestionState> _state;
    private readonly IResponseLedger _ledger;
    private readonly ITallyFeed _feed;
    private readonly LedgerFollowingOptions _following;
    private readonly ILogger<QuestionGrain> _logger;
    private readonly Dictionary<string, Counted> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _withdrawn = new(StringComparer.Ordinal);
    private QuestionTally? _tally;
    private long _version;
    private long _publishedVersion = -1;
    private long _publishedAt = long.MinValue / 2;
    // Every ledger entry of this question up to here has been applied (answers are applied after their own commit,
    // possibly before earlier entries of other nodes, so this moves only when the ledger is read).
    private long _appliedThrough;
    private long _caughtUpAt = Environment.TickCount64;

    public QuestionGrain(IGrainContext context, IResponseLedger ledger, ITallyFeed feed, LedgerFollowingOptions following,
        ILogger<QuestionGrain> logger) : base(context)
    {
        _state = context.PersistentState<QuestionState>("question");
        _ledger = ledger;
        _feed = feed;
        _following = following;
        _logger = logger;
    }

    private (string SessionCode, string QuestionId) Key => GrainKeys.Split(GrainKey);

    private QuestionDefinition Definition => _state.State.Definition
        ?? throw new CommandRejectedException(Rejection.NotFound, "Unknown question", $"There is no question '{Key.QuestionId}' in session {Key.SessionCode}.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _state.ReadStateAsync(cancellationToken);
        if (_state.State.Definition is { } definition)
        {
            await RebuildAsync(definition, cancellationToken);
            Publish();
        }
        Context.RegisterTimer(OnTickAsync, PublishInterval);
    }

    public async Task<QuestionSnapshot> Initialize(QuestionDefinition definition, ImmutableArray<string> groups)
    {
        if (_state.State.Definition is null)
        {
            await _state.CommitAsync(_state.State with { Definition = definition, Groups = groups, Status = QuestionStatus.Pending }, Context, _logger);
            _tally = new QuestionTally(QuestionScale.Of(definition), groups);
        }
        return Snapshot();
    }

    public Task<QuestionSnapshot> Open() => ChangeStatus(QuestionStatus.Open);

    public Task<QuestionSnapshot> Close() => ChangeStatus(QuestionStatus.Closed);

    public async Task<QuestionSnapshot> Reveal()
    {
        _ = Definition;
        if (!_state.State.Revealed)
        {
            await _state.CommitAsync(_state.State with { Revealed = true }, Context, _logger);
            Publish();
        }
        return Snapshot();
    }

    public async Task<QuestionSnapshot> StartRound()
    {
        var definition = Definition;
        if (_state.State.Status == QuestionStatus.Pending)
            throw new CommandRejectedException(Rejection.Conflict, "Question not asked yet",
                $"Question '{definition.Id}' has not been opened: open it before asking it again.");
        await _state.CommitAsync(_state.State with
        {
            Round = _state.State.Round + 1,
            Status = QuestionStatus.Open,
            Revealed = false,
            OpenedAt = DateTimeOffset.UtcNow,
            ClosedAt = null,
        }, Context, _logger);
        // The new round starts empty; the earlier rounds stay in the ledger.
        _current.Clear();
        _tally = new QuestionTally(QuestionScale.Of(definition), _state.State.Groups);
        _logger.LogInformation("Question {QuestionKey} starts round {Round}", GrainKey, _state.State.Round);
        Publish();
        return Snapshot();
    }

    public async Task<AnswerReceipt> Submit(AnswerCommand command)
    {
        var definition = Definition;
        // A retry of the answer that counts now is acknowledged from memory, whatever happened since.
        if (command.RequestId is not null && _current.TryGetValue(command.ParticipantId, out var counted) && counted.RequestId == command.RequestId)
            return new AnswerReceipt(command.ParticipantId, definition.Id, counted.Sequence, false, counted.RecordedAt, Retried: true);
        if (_state.State.Status != QuestionStatus.Open)
            throw new CommandRejectedException(Rejection.Conflict, "Question not open",
                $"Question '{definition.Id}' is {_state.State.Status.ToString().ToLowerInvariant()}: it takes no answers now.");
        if (AnswerValidation.Problem(definition, command.Answer) is { } problem)
            throw new CommandRejectedException(Rejection.Invalid, "Answer does not fit the question", problem);
        var group = _state.State.Groups.IndexOf(command.Group);
        if (group < 0)
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group", $"Group '{command.Group}' is not in this session.");
        var answer = Normalize(definition, command.Answer);

        var entry = new LedgerEntry(Key.SessionCode, definition.Id, _state.State.Round, command.ParticipantId, command.Group,
            command.RequestId, JsonSerializer.Serialize(answer, GrainStateJson.Options), DateTimeOffset.UtcNow);
        LedgerRecord record;
        try
        {
            record = await _ledger.AppendAsync(entry, CancellationToken.None);
        }
        catch (DuplicateRequestException duplicate) when (duplicate.Original is { } original)
        {
            return original.Entry.QuestionId == definition.Id
                ? new AnswerReceipt(command.ParticipantId, definition.Id, original.Sequence, false, original.Entry.RecordedAt, Retried: true)
                : throw new CommandRejectedException(Rejection.Conflict, "Request id already used",
                    $"Request id '{command.RequestId}' was already used for question '{original.Entry.QuestionId}'.");
        }

        var replaced = Apply(record.Sequence, command.ParticipantId, group, answer, entry.RecordedAt, command.RequestId);
        return new AnswerReceipt(command.ParticipantId, definition.Id, record.Sequence, replaced, entry.RecordedAt);
    }

    public async Task Withdraw(string participantId, string group)
    {
        var definition = Definition;
        if (_withdrawn.ContainsKey(participantId))
            return;
        var entry = new LedgerEntry(Key.SessionCode, definition.Id, _state.State.Round, participantId, group,
            RequestIds.WithdrawalPrefix + definition.Id, "null", DateTimeOffset.UtcNow, LedgerEntryKind.Withdrawal);
        try
        {
            var record = await _ledger.AppendAsync(entry, CancellationToken.None);
            ApplyWithdrawal(record.Sequence, participantId);
        }
        catch (DuplicateRequestException duplicate) when (duplicate.Original is { } original)
        {
            ApplyWithdrawal(original.Sequence, participantId);
        }
    }

    public async Task CatchUp(long sequence)
    {
        if (_tally is null || sequence <= _appliedThrough)
            return;
        await foreach (var record in _ledger.ReadQuestionAfterAsync(Key.SessionCode, Definition.Id, _appliedThrough, CancellationToken.None))
        {
            ApplyRecord(record);
            _appliedThrough = Math.Max(_appliedThrough, record.Sequence);
        }
    }

    public Task<QuestionSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    public Task<CurrentAnswer?> GetAnswer(string participantId) => Task.FromResult(
        _current.TryGetValue(participantId, out var counted) ? new CurrentAnswer(counted.Answer, counted.Sequence, counted.RecordedAt) : null);

    public Task<TallySnapshot> GetTally()
    {
        _ = Definition;
        return Task.FromResult(Tally.Snapshot(_version));
    }

    private QuestionTally Tally => _tally ?? throw new InvalidOperationException("The question has no tally before it is initialised.");

    private async Task<QuestionSnapshot> ChangeStatus(QuestionStatus status)
    {
        _ = Definition;
        if (_state.State.Status != status)
        {
            var now = DateTimeOffset.UtcNow;
            var changed = status == QuestionStatus.Open
                ? _state.State with { Status = status, OpenedAt = now }
                : _state.State with { Status = status, ClosedAt = now };
            await _state.CommitAsync(changed, Context, _logger);
            Publish();
        }
        return Snapshot();
    }

    private async Task RebuildAsync(QuestionDefinition definition, CancellationToken cancellationToken)
    {
        _tally = new QuestionTally(QuestionScale.Of(definition), _state.State.Groups);
        var replayed = 0;
        await foreach (var record in _ledger.ReadQuestionAsync(Key.SessionCode, definition.Id, cancellationToken))
        {
            ApplyRecord(record);
            _appliedThrough = record.Sequence;
            replayed++;
        }
        _logger.LogInformation("Question {QuestionKey} rebuilt from {AnswerCount} ledger entries", GrainKey, replayed);
    }

    /// <summary>Applies a ledger entry as the grain applied it when it was accepted (replay and catch-up).</summary>
    private void ApplyRecord(LedgerRecord record)
    {
        var entry = record.Entry;
        var group = _state.State.Groups.IndexOf(entry.GroupCode);
        // A withdrawal holds in every round; answers count only in the round being asked.
        if ((entry.Round != _state.State.Round && entry.Kind != LedgerEntryKind.Withdrawal) || group < 0)
            return;
        if (entry.Kind == LedgerEntryKind.Withdrawal)
            ApplyWithdrawal(record.Sequence, entry.ParticipantId);
        else
            Apply(record.Sequence, entry.ParticipantId, group, JsonSerializer.Deserialize<AnswerValue>(entry.Answer, GrainStateJson.Options)!,
                entry.RecordedAt, entry.RequestId);
    }

    /// <summary>
    /// Counts an answer; ledger order decides which of a participant's answers is current, and nothing of a participant
    /// who withdrew counts again.
    /// </summary>
    private bool Apply(long sequence, string participantId, int group, AnswerValue answer, DateTimeOffset recordedAt, string? requestId)
    {
        if (_withdrawn.ContainsKey(participantId))
            return false;
        var cells = QuestionScale.Cells(Definition, answer);
        var replaced = _current.TryGetValue(participantId, out var previous);
        if (replaced)
        {
            // Two answers of one participant may finish their commits out of order; the later sequence wins, and an
            // entry seen again (catch-up reads this node's own answers too) changes nothing.
            if (previous!.Sequence >= sequence)
                return true;
            Tally.Remove(previous.Group, previous.Cells);
        }
        Tally.Add(group, cells);
        _current[participantId] = new Counted(sequence, group, cells, answer, recordedAt, requestId);
        Changed(sequence);
        return replaced;
    }

    private void ApplyWithdrawal(long sequence, string participantId)
    {
        _withdrawn[participantId] = sequence;
        if (_current.Remove(participantId, out var counted))
            Tally.Remove(counted.Group, counted.Cells);
        Changed(sequence);
    }

    /// <summary>Moves the version on and publishes at once if the meters have been quiet, else on the next tick.</summary>
    private void Changed(long sequence)
    {
        _version = Math.Max(_version, sequence);
        if (Environment.TickCount64 - _publishedAt >= PublishInterval.TotalMilliseconds)
            Publish();
    }

    /// <summary>The timer's turn: on a shared ledger, catches up now and then; publishes what changed.</summary>
    private async Task OnTickAsync()
    {
        if (_following.SharedLedger && Environment.TickCount64 - _caughtUpAt >= _following.CatchUpPeriod.TotalMilliseconds)
        {
            _caughtUpAt = Environment.TickCount64;
            await CatchUp(long.MaxValue);
        }
        await PublishIfChanged();
    }

    /// <summary>Publishes what changed since the last publication, never sooner than the interval.</summary>
    private Task PublishIfChanged()
    {
        if (_tally is not null && _version != _publishedVersion && Environment.TickCount64 - _publishedAt >= PublishInterval.TotalMilliseconds)
            Publish();
        return Task.CompletedTask;
    }

    private void Publish()
    {
        if (_tally is null)
            return;
        _publishedVersion = _version;
        _publishedAt = Environment.TickCount64;
        _feed.Publish(new TallyPublication(Key.SessionCode, Key.QuestionId, _state.State.Status, _state.State.Round, _state.State.Revealed,
            _tally.Snapshot(_version)));
    }

    private QuestionSnapshot Snapshot() =>
        new(Key.SessionCode, Definition, _state.State.Groups, _state.State.Status, _state.State.Round, _current.Count, _version, _state.State.Revealed);

    /// <summary>Positions are kept at the axis' resolution, so the ledger holds what was counted.</summary>
    private static AnswerValue Normalize(QuestionDefinition definition, AnswerValue answer) =>
        definition.Kind == QuestionKind.Position ? answer with { Position = PositionAxis.Quantize(answer.Position!.Value) } : answer;

    private sealed record Counted(long Sequence, int Group, int[] Cells, AnswerValue Answer, DateTimeOffset RecordedAt, string? RequestId);
}
