using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Storage;
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

    private string Code => this.GetPrimaryKeyString();

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

    public Task<SessionSnapshot> IssueInvites(string group, ImmutableArray<string> codeHashes)
    {
        if (state.State.Definition is { } definition && !definition.Groups.Any(g => g.Code == group))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group", $"'{group}' is not a group of session {Code}.");
        var issuedAt = DateTimeOffset.UtcNow;
        return Change(s => s with { Invites = s.Invites.AddRange(codeHashes.Select(h => new InviteCode(h, group, issuedAt))) });
    }

    public Task<SessionSnapshot> Open() => Change(s => s with { Status = SessionStatus.Open });

    public Task<SessionSnapshot> Close() => Change(s => s with { Status = SessionStatus.Closed });

    public Task<SessionSnapshot> SetWeighting(WeightingScheme scheme) =>
        Enum.IsDefined(scheme)
            ? Change(s => s with { Weighting = scheme })
            : throw new CommandRejectedException(Rejection.Invalid, "Unknown weighting", $"'{scheme}' is not a weighting scheme.");

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
