using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Statistics;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Sessions;

internal sealed class SessionGrain : Grain, ISessionGrain
{
    private readonly IPersistentState<SessionState> _state;
    private readonly ILogger<SessionGrain> _logger;

    public SessionGrain(IGrainContext context, ILogger<SessionGrain> logger) : base(context)
    {
        _state = context.PersistentState<SessionState>("session");
        _logger = logger;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken) => _state.ReadStateAsync(cancellationToken);

    public async Task<SessionSnapshot> Create(SessionDefinition definition, SessionKeys keys)
    {
        if (_state.State.Definition is not null)
            throw new CommandRejectedException(Rejection.Conflict, "Session exists", $"Session {GrainKey} exists already.");
        // Defaults first (labels, the axis, the catalogue), so a template may leave them out; then validate what is stored.
        var complete = definition with
        {
            Description = definition.Description ?? "",
            Groups = definition.Groups.IsDefaultOrEmpty ? StakeholderGroupCatalogue.Default(definition.IncludeAcademia) : definition.Groups,
            Questions = definition.Questions.IsDefault ? [] : [.. definition.Questions.Select(q => q.WithDefaults())],
        };
        var problems = SessionDefinitionValidation.Problems(complete);
        if (problems.Count > 0)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid session definition", string.Join(" ", problems));

        // Questions first: a session that exists always has all its questions, even if creation was interrupted.
        var groupCodes = complete.Groups.Select(g => g.Code).ToImmutableArray();
        foreach (var question in complete.Questions)
            await GrainFactory.GetGrain<IQuestionGrain>(GrainKeys.Question(GrainKey, question.Id)).Initialize(question, groupCodes);
        await _state.CommitAsync(new SessionState { Definition = complete, Status = SessionStatus.Draft, CreatedAt = DateTimeOffset.UtcNow, Keys = keys }, Context, _logger);
        _logger.LogInformation("Session {SessionCode} created: {Title} with {QuestionCount} questions", GrainKey, complete.Title, complete.Questions.Length);
        return Snapshot()!;
    }

    public Task<SessionSnapshot?> Get() => Task.FromResult(Snapshot());

    public Task<SessionSnapshot> ReplaceKeys(SessionKeys keys) => Change(s => s with { Keys = keys });

    public Task<SessionSnapshot> IssueInvites(string group, ImmutableArray<string> codeHashes)
    {
        if (_state.State.Definition is { } definition && !definition.Groups.Any(g => g.Code == group))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group", $"'{group}' is not a group of session {GrainKey}.");
        var issuedAt = DateTimeOffset.UtcNow;
        return Change(s => s with { Invites = s.Invites.AddRange(codeHashes.Select(h => new InviteCode(h, group, issuedAt))) });
    }

    public Task<SessionSnapshot> Open() => Change(s => s with { Status = SessionStatus.Open });

    public Task<SessionSnapshot> Close() => Change(s => s with { Status = SessionStatus.Closed });

    public Task<SessionSnapshot> SetWeighting(WeightingScheme scheme) =>
        Enum.IsDefined(scheme)
            ? Change(s => s with { Weighting = scheme })
            : throw new CommandRejectedException(Rejection.Invalid, "Unknown weighting", $"'{scheme}' is not a weighting scheme.");

    private async Task<SessionSnapshot> Change(Func<SessionState, SessionState> change)
    {
        if (_state.State.Definition is null)
            throw new CommandRejectedException(Rejection.NotFound, "Unknown session", $"There is no session {GrainKey}.");
        var changed = change(_state.State);
        if (changed != _state.State)
            await _state.CommitAsync(changed, Context, _logger);
        return Snapshot()!;
    }

    private SessionSnapshot? Snapshot() => _state.State.Definition is { } definition
        ? new SessionSnapshot(GrainKey, definition, _state.State.Status, _state.State.Weighting, _state.State.CreatedAt, _state.State.Keys,
            _state.State.Invites)
        : null;
}
