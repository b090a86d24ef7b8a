using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Storage;
using ConsensusLab.Grains.Telemetry;
using ConsensusLab.Statistics;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace ConsensusLab.Grains.Sessions;

[GrainType(GrainTypes.Session), PreferLocalPlacement]
internal sealed class SessionGrain(
    [PersistentState(GrainTypes.Session, StoreGrainStorage.Name)] IPersistentState<SessionState> state,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    private readonly LiveFeeds _feeds = new(logger);

    /// <summary>Invite codes a session may hold: every delegate of a large forum, several times over.</summary>
    public const int MaxInvites = 5000;

    public const int MaxUsesPerInvite = 1000;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainMetrics.Activated(GrainTypes.Session);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainMetrics.Deactivated(GrainTypes.Session);
        return Task.CompletedTask;
    }

    public async Task<SessionSnapshot> Create(SessionDefinition definition, SessionKeys keys)
    {
        if (state.State.Definition is not null)
            throw new CommandRejectedException(Rejection.Conflict, "Session exists", $"Session {Code} exists already.");
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
            await GrainFactory.GetGrain<IQuestionGrain>(GrainKeys.Question(Code, question.Id)).Initialize(question, groupCodes);
        await state.UpdateAsync(current => current.Definition is null
            ? new SessionState { Definition = complete, Status = SessionStatus.Draft, CreatedAt = DateTimeOffset.UtcNow, Keys = keys }
            : throw new CommandRejectedException(Rejection.Conflict, "Session exists", $"Session {Code} exists already."), logger);
        logger.LogInformation("Session {SessionCode} created: {Title} with {QuestionCount} questions", Code, complete.Title, complete.Questions.Length);
        return state.State.Snapshot(Code)!;
    }

    public Task<SessionSnapshot?> Get() => Task.FromResult(state.State.Snapshot(Code));

    public Task<SessionSnapshot> ReplaceKeys(SessionKeys keys) => Change(s => s with { Keys = keys });

    public Task<SessionSnapshot> IssueInvites(string group, ImmutableArray<string> codeHashes, int uses)
    {
        if (state.State.Definition is { } definition && !definition.Groups.Any(g => g.Code == group))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group", $"'{group}' is not a group of session {Code}.");
        if (uses is < 1 or > MaxUsesPerInvite)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid uses", $"An invite code admits 1 to {MaxUsesPerInvite} participants.");
        if (state.State.Invites.Length + codeHashes.Length > MaxInvites)
            throw new CommandRejectedException(Rejection.Conflict, "Too many invites",
                $"A session has at most {MaxInvites} invite codes; {state.State.Invites.Length} are issued.");
        var issuedAt = DateTimeOffset.UtcNow;
        return Change(s => s with { Invites = s.Invites.AddRange(codeHashes.Select(h => new InviteCode(h, group, issuedAt, uses))) });
    }

    public async Task<string> RedeemInvite(string codeHash)
    {
        string? group = null;
        await state.UpdateAsync(s =>
        {
            var index = s.Invites.IndexOf(s.Invites.FirstOrDefault(i => i.CodeHash == codeHash)!);
            if (index < 0)
                throw new CommandRejectedException(Rejection.Invalid, "Unknown invite code", "The invite code is not valid for this session.");
            var invite = s.Invites[index];
            if (invite.Used >= invite.Uses)
                throw new CommandRejectedException(Rejection.Conflict, "Invite code used", "The invite code has admitted as many participants as it may.");
            group = invite.Group;
            return s with { Invites = s.Invites.SetItem(index, invite with { Used = invite.Used + 1 }) };
        }, logger);
        return group!;
    }

    public Task<SessionSnapshot> Open() => Change(s => s with { Status = SessionStatus.Open });

    public async Task<SessionSnapshot> Close()
    {
        // A closed session takes no answers: its questions close first, so none is accepted once this returns.
        foreach (var question in state.State.Definition?.Questions ?? [])
            await GrainFactory.GetGrain<IQuestionGrain>(GrainKeys.Question(Code, question.Id)).Close();
        return await Change(s => s with { Status = SessionStatus.Closed });
    }

    public Task<SessionSnapshot> SetWeighting(WeightingScheme scheme) =>
        Enum.IsDefined(scheme)
            ? Change(s => s with { Weighting = scheme })
            : throw new CommandRejectedException(Rejection.Invalid, "Unknown weighting", $"'{scheme}' is not a weighting scheme.");

    public Task<SessionSnapshot> ShowOnProjector(ProjectorChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (!Enum.IsDefined(choice.Mode))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown projector mode", $"'{choice.Mode}' is not a projector mode.");
        if (choice.Mode == ProjectorMode.Question)
        {
            if (string.IsNullOrEmpty(choice.QuestionId))
                throw new CommandRejectedException(Rejection.Invalid, "Question required", "Say which question the projector shows: 'questionId'.");
            if (state.State.Definition is { } definition && !definition.Questions.Any(q => q.Id == choice.QuestionId))
                throw new CommandRejectedException(Rejection.Invalid, "Unknown question", $"Session {Code} has no question '{choice.QuestionId}'.");
        }
        else if (choice.QuestionId is not null)
        {
            throw new CommandRejectedException(Rejection.Invalid, "No question expected",
                $"The projector mode '{choice.Mode}' shows no particular question; leave out 'questionId'.");
        }
        return Change(s => s with { Projector = choice });
    }

    public async Task<SessionSnapshot> SetOtherGroup(OtherGroupTreatment treatment)
    {
        if (!Enum.IsDefined(treatment))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown treatment", $"'{treatment}' is not a treatment of the 'Other' group.");
        var before = state.State;
        var changed = await Change(s => s with { OtherGroup = treatment });
        // The live meters of every web process are computed with it: they recompute as for a group weight.
        if (!ReferenceEquals(before, state.State))
            await Announce(SessionChange.Weights);
        return changed;
    }

    public async Task<SessionSnapshot> SetMeterSettings(MeterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid meter settings", string.Join(" ", problems));
        var before = state.State;
        var changed = await Change(s => s with { Meters = settings });
        // Every web process computes its live meters with them: they recompute as for a group weight.
        if (!ReferenceEquals(before, state.State))
            await Announce(SessionChange.Weights);
        return changed;
    }

    public Task<SessionSnapshot> SetRaking(RakingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems(state.State.Definition?.Groups ?? []);
        if (problems.Count > 0)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid raking settings", string.Join(" ", problems));
        // Only the recomputed view and the exports read them: the live meters stay on the group schemes.
        return Change(s => s with { Raking = settings });
    }

    public Task Announce(SessionChange change)
    {
        _feeds.Send(feed => feed.OnSessionChanged(Code, change));
        return Task.CompletedTask;
    }

    public Task Subscribe(ILiveFeed feed)
    {
        _feeds.Subscribe(feed);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveFeed feed)
    {
        _feeds.Unsubscribe(feed);
        return Task.CompletedTask;
    }

    private async Task<SessionSnapshot> Change(Func<SessionState, SessionState> change)
    {
        var before = state.State;
        await state.UpdateAsync(current => current.Definition is null
            ? throw new CommandRejectedException(Rejection.NotFound, "Unknown session", $"There is no session {Code}.")
            : change(current), logger);
        if (!ReferenceEquals(before, state.State))
            await Announce(SessionChange.Session);
        return state.State.Snapshot(Code)!;
    }
}
