using System.Collections.Immutable;
using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Grains.Storage;
using ConsensusLab.Grains.Telemetry;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// Owns one question. Its counted answers are derived state: on activation they are rebuilt from the ledger, and every
/// answer is appended to the ledger before it is counted, so the tally never shows an answer that could still be lost.
/// Answers interleave with everything (each batch awaits only its own ledger append); the moderator's commands, which write
/// the grain's state, run one at a time, and set the new status before their write is awaited, so an answer that
/// arrives meanwhile already finds the question closed.
/// </summary>
[GrainType(GrainTypes.Question), PreferLocalPlacement]
internal sealed partial class QuestionGrain(
    [PersistentState(GrainTypes.Question, StoreGrainStorage.Name)] IPersistentState<QuestionState> state,
    IResponseLedger ledger,
    QuestionSettling settling,
    ILogger<QuestionGrain> logger) : Grain, IQuestionGrain
{
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(100);

    private readonly LiveFeeds _feeds = new(logger);
    private CountedAnswers? _answers;
    private long _publishedVersion = -1;
    private long _publishedAt = long.MinValue / 2;
    // When the first change since the last publication happened (0: none waiting); for the publish-lag metric.
    private long _unpublishedSince;

    private (string SessionCode, string QuestionId) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private QuestionDefinition Definition => state.State.Definition
        ?? throw new CommandRejectedException(Rejection.NotFound, "Unknown question", $"There is no question '{Key.QuestionId}' in session {Key.SessionCode}.");

    private CountedAnswers Answers => _answers ?? throw new InvalidOperationException("The question has no answers before it is initialised.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Definition is { } definition)
            await RebuildAsync(definition, cancellationToken);
        // Ticks interleave: they only read what the turns left behind and send it one-way, so they never wait for a write.
        this.RegisterGrainTimer(PublishIfChanged, new GrainTimerCreationOptions(PublishInterval, PublishInterval) { Interleave = true });
        foreach (var after in settling.Reads)
            this.RegisterGrainTimer(SettleAsync, new GrainTimerCreationOptions(after, Timeout.InfiniteTimeSpan) { Interleave = true });
        if (state.State.Definition?.Kind == QuestionKind.Statements)
            StartAnalysis();
        GrainMetrics.Activated(GrainTypes.Question);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainMetrics.Deactivated(GrainTypes.Question);
        return Task.CompletedTask;
    }

    public async Task<QuestionSnapshot> Initialize(QuestionDefinition definition, ImmutableArray<string> groups)
    {
        if (state.State.Definition is null)
        {
            await state.UpdateAsync(s => s.Definition is null
                ? s with { Definition = definition, Groups = groups, Status = QuestionStatus.Pending, Statements = Seeded(definition) }
                : s, logger);
            _answers ??= new CountedAnswers(definition, groups, state.State.Round);
            if (definition.Kind == QuestionKind.Statements)
                StartAnalysis();
        }
        return Snapshot();
    }

    public Task<QuestionSnapshot> Open() => ChangeStatus(QuestionStatus.Open);

    public Task<QuestionSnapshot> Close() => ChangeStatus(QuestionStatus.Closed);

    public Task<QuestionSnapshot> Reveal() => ChangeAsync(s => s with { Revealed = true });

    public Task<QuestionSnapshot> LinkSeries(string? series) => ChangeAsync(s => s.Series == series
        ? s
        : s with { Series = series, SchemaVersion = Math.Max(s.SchemaVersion, 3) });

    public async Task<QuestionSnapshot> StartRound()
    {
        var round = state.State.Round;
        await ChangeAsync(s => s.Status == QuestionStatus.Pending
            ? throw new CommandRejectedException(Rejection.Conflict, "Question not asked yet",
                $"Question '{Key.QuestionId}' has not been opened: open it before asking it again.")
            : s with { Round = s.Round + 1, Status = QuestionStatus.Open, Revealed = false, OpenedAt = DateTimeOffset.UtcNow, ClosedAt = null });
        if (state.State.Round != round)
        {
            // The new round starts empty; the earlier rounds stay in the ledger.
            Answers.StartRound(state.State.Round);
            _served.Clear();
            StartWatermarkAgain();
            logger.LogInformation("Question {QuestionKey} starts round {Round}", this.GetPrimaryKeyString(), state.State.Round);
            Publish();
        }
        return Snapshot();
    }

    public async Task<AnswerReceipt> Submit(AnswerCommand command) => (await SubmitMany([command]))[0].ReceiptOrThrow();

    /// <summary>
    /// Checks each answer in order, then appends every admitted one in a single ledger append, which the store commits
    /// together: one wait and one continuation per call instead of one per answer. Each caller learns of its own answer
    /// only, and only once it is durable.
    /// </summary>
    public async Task<ImmutableArray<AnswerOutcome>> SubmitMany(ImmutableArray<AnswerCommand> commands)
    {
        var outcomes = new AnswerOutcome[commands.Length];
        var admitted = new List<Admitted>(commands.Length);
        for (var i = 0; i < commands.Length; i++)
        {
            // A retry of the answer that counts now is acknowledged from memory, whatever happened since.
            if (RetryOf(commands[i]) is { } receipt)
            {
                outcomes[i] = new AnswerOutcome(receipt);
                continue;
            }
            try
            {
                admitted.Add(Admit(i, commands[i]));
            }
            catch (CommandRejectedException rejected)
            {
                outcomes[i] = AnswerOutcome.Refused(rejected);
            }
        }
        if (admitted.Count == 0)
            return [.. outcomes];

        IReadOnlyList<LedgerAppendResult> appended;
        try
        {
            appended = await ledger.AppendManyAsync([.. admitted.Select(a => a.Entry)], CancellationToken.None);
        }
        catch
        {
            // Nothing was acknowledged, but a write cut off by a timeout or a lost connection may have committed even
            // so; the callers may never resend, so the ledger is read again soon to count what did.
            OweLedgerRead();
            throw;
        }
        for (var k = 0; k < admitted.Count; k++)
            outcomes[admitted[k].Index] = CountStored(admitted[k], appended[k]);
        Changed();
        return [.. outcomes];
    }

    /// <summary>An answer checked and ready for the ledger, with what counting it needs afterwards.</summary>
    private sealed record Admitted(int Index, AnswerCommand Command, LedgerEntry Entry, int Group, AnswerValue Answer);

    /// <summary>The answer with its ledger entry, if it may be appended; a refusal throws.</summary>
    private Admitted Admit(int index, AnswerCommand command)
    {
        var definition = Definition;
        if (command.RequestId is { } id && RequestIds.Problem(id) is { } malformed)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid request id", malformed);
        // A participant who withdrew stays withdrawn, through whichever silo they come back.
        if (Answers.HasWithdrawn(command.ParticipantId))
            throw new CommandRejectedException(Rejection.Unauthenticated, "Participant withdrew", "This participant withdrew from the session.");
        if (state.State.Status != QuestionStatus.Open)
            throw new CommandRejectedException(Rejection.Conflict, "Question not open",
                $"Question '{definition.Id}' is {state.State.Status.ToString().ToLowerInvariant()}: it takes no answers now.");
        if (AnswerValidation.Problem(definition, command.Answer) is { } problem)
            throw new CommandRejectedException(Rejection.Invalid, "Answer does not fit the question", problem);
        if (definition.Kind == QuestionKind.Statements)
            RequireVotable(command.Answer.Statement!.Value);
        var group = state.State.Groups.IndexOf(command.Group);
        if (group < 0)
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group", $"Group '{command.Group}' is not in this session.");
        var answer = Normalize(definition, command.Answer);
        var entry = new LedgerEntry(Key.SessionCode, definition.Id, state.State.Round, command.ParticipantId, command.Group,
            command.RequestId, JsonSerializer.Serialize(answer, GrainStateJson.Options), DateTimeOffset.UtcNow,
            definition.Kind == QuestionKind.Statements ? LedgerEntryKind.Vote : LedgerEntryKind.Answer);
        return new Admitted(index, command, entry, group, answer);
    }

    /// <summary>The receipt of the counted answer this command resends with the same request id, or null.</summary>
    private AnswerReceipt? RetryOf(AnswerCommand command) =>
        command.RequestId is { } requestId && Answers.TryFindRetry(command.ParticipantId, command.Answer, requestId, out var counted)
            ? new AnswerReceipt(command.ParticipantId, Definition.Id, counted.Sequence, false, counted.RecordedAt, Retried: true)
            : null;

    /// <summary>Counts an answer the ledger now holds durably, and says so to its caller.</summary>
    private AnswerOutcome CountStored(Admitted admitted, LedgerAppendResult appended)
    {
        var (command, entry) = (admitted.Command, admitted.Entry);
        var record = appended.Record;
        if (appended.AlreadyStored)
        {
            if (record.Entry.QuestionId != entry.QuestionId)
                return AnswerOutcome.Refused(new CommandRejectedException(Rejection.Conflict, "Request id already used",
                    $"Request id '{command.RequestId}' was already used for question '{record.Entry.QuestionId}'."));
            // The original was stored without this activation counting it (its commit outcome was unknown, or another
            // activation took it): it counts now, once, as the replay would count it.
            Answers.Apply(record);
            return new AnswerOutcome(new AnswerReceipt(command.ParticipantId, entry.QuestionId, record.Sequence, false, record.Entry.RecordedAt, Retried: true));
        }
        // A round that started while this answer was being written leaves the answer to the round it was given in.
        var replaced = entry.Round == state.State.Round
            && Answers.Count(record.Sequence, command.ParticipantId, admitted.Group, admitted.Answer, entry.RecordedAt, command.RequestId)
                is CountOutcome.Replaced or CountOutcome.Superseded;
        return new AnswerOutcome(new AnswerReceipt(command.ParticipantId, entry.QuestionId, record.Sequence, replaced, entry.RecordedAt));
    }

    public async Task Withdraw(string participantId, string group)
    {
        var definition = Definition;
        if (Answers.HasWithdrawn(participantId))
            return;
        var entry = new LedgerEntry(Key.SessionCode, definition.Id, state.State.Round, participantId, group,
            RequestIds.WithdrawalPrefix + definition.Id, "null", DateTimeOffset.UtcNow, LedgerEntryKind.Withdrawal);
        try
        {
            Answers.Withdraw((await ledger.AppendAsync(entry, CancellationToken.None)).Sequence, participantId);
        }
        catch (DuplicateRequestException duplicate) when (duplicate.Original is { } original)
        {
            Answers.Withdraw(original.Sequence, participantId);
        }
        catch (Exception e) when (e is not DuplicateRequestException)
        {
            OweLedgerRead();
            throw;
        }
        Changed();
    }

    public Task<QuestionSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    public Task<CurrentAnswer?> GetAnswer(string participantId) => Task.FromResult(
        _answers?.Current(participantId) is { } counted ? new CurrentAnswer(counted.Answer, counted.Sequence, counted.RecordedAt) : null);

    public Task<TallySnapshot> GetTally()
    {
        _ = Definition;
        return Task.FromResult(Answers.Snapshot());
    }

    public Task<TallyPublication> Subscribe(ILiveFeed feed)
    {
        _ = Definition;
        _feeds.Subscribe(feed);
        return Task.FromResult(Publication());
    }

    public Task Unsubscribe(ILiveFeed feed)
    {
        _feeds.Unsubscribe(feed);
        return Task.CompletedTask;
    }

    private async Task<QuestionSnapshot> ChangeStatus(QuestionStatus status) => await ChangeAsync(s => s.Status == status
        ? s
        : status == QuestionStatus.Open
            ? s with { Status = status, OpenedAt = DateTimeOffset.UtcNow }
            : s with { Status = status, ClosedAt = DateTimeOffset.UtcNow });

    /// <summary>A moderator's command: writes the state, then tells the live pages (the tally carries the status).</summary>
    private async Task<QuestionSnapshot> ChangeAsync(Func<QuestionState, QuestionState> change)
    {
        _ = Definition;
        var before = state.State;
        await state.UpdateAsync(change, logger);
        if (!ReferenceEquals(before, state.State))
        {
            Publish();
            await GrainFactory.GetGrain<ISessionGrain>(Key.SessionCode).Announce(SessionChange.Questions);
        }
        return Snapshot();
    }

    private async Task RebuildAsync(QuestionDefinition definition, CancellationToken cancellationToken)
    {
        var answers = new CountedAnswers(definition, state.State.Groups, state.State.Round);
        var replayed = 0;
        var started = LedgerClock;
        var highest = 0L;
        await foreach (var record in ledger.ReadQuestionAsync(Key.SessionCode, definition.Id, cancellationToken))
        {
            answers.Apply(record);
            highest = record.Sequence;
            replayed++;
        }
        _answers = answers;
        _watermark.Completed(new LedgerRead(highest, started, LedgerClock));
        logger.LogInformation("Question {QuestionKey} rebuilt from {EntryCount} ledger entries", this.GetPrimaryKeyString(), replayed);
    }

    /// <summary>Publishes at once if the meters have been quiet for an interval, else on the next tick.</summary>
    private void Changed()
    {
        if (_unpublishedSince == 0)
            _unpublishedSince = System.Diagnostics.Stopwatch.GetTimestamp();
        if (Environment.TickCount64 - _publishedAt >= PublishInterval.TotalMilliseconds)
            Publish();
    }

    private Task PublishIfChanged()
    {
        if (_answers is { } answers && answers.Version != _publishedVersion && Environment.TickCount64 - _publishedAt >= PublishInterval.TotalMilliseconds)
            Publish();
        return Task.CompletedTask;
    }

    private void Publish()
    {
        if (_unpublishedSince != 0)
        {
            GrainMetrics.Published(System.Diagnostics.Stopwatch.GetElapsedTime(_unpublishedSince));
            _unpublishedSince = 0;
        }
        _publishedVersion = Answers.Version;
        _publishedAt = Environment.TickCount64;
        if (_feeds.Any)
        {
            var publication = Publication();
            _feeds.Send(feed => feed.OnTally(publication));
        }
    }

    private TallyPublication Publication() =>
        new(Key.SessionCode, Key.QuestionId, state.State.Status, state.State.Round, state.State.Revealed, Answers.Snapshot());

    private QuestionSnapshot Snapshot() =>
        new(Key.SessionCode, Definition, state.State.Groups, state.State.Status, state.State.Round, _answers?.Respondents ?? 0,
            _answers?.Version ?? 0, state.State.Revealed) { OpenedAt = state.State.OpenedAt, Series = state.State.Series };

    /// <summary>Positions are kept at the axis' resolution, so the ledger holds what was counted.</summary>
    private static AnswerValue Normalize(QuestionDefinition definition, AnswerValue answer) =>
        definition.Kind == QuestionKind.Position ? answer with { Position = PositionAxis.Quantize(answer.Position!.Value) } : answer;
}
