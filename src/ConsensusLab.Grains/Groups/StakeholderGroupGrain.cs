using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Grains.Storage;
using ConsensusLab.Grains.Telemetry;
using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace ConsensusLab.Grains.Groups;

[GrainType(GrainTypes.Group), PreferLocalPlacement]
internal sealed class StakeholderGroupGrain(
    [PersistentState(GrainTypes.Group, StoreGrainStorage.Name)] IPersistentState<StakeholderGroupState> state,
    IParticipantStore participants,
    ILogger<StakeholderGroupGrain> logger) : Grain, IStakeholderGroupGrain
{
    public const double MaxWeight = 1000;

    // The one activation in the cluster counts every join and every withdrawal, so the count read on activation stays
    // exact: a withdrawal is written to the store by this activation, after the count it started from was read.
    private int _members;

    // Withdrawals this activation counted, so a repeated request does not count one twice.
    private readonly HashSet<string> _withdrawn = new(StringComparer.Ordinal);

    private (string SessionCode, string GroupCode) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private ISessionGrain Session => GrainFactory.GetGrain<ISessionGrain>(Key.SessionCode);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _members = await participants.CountGroupAsync(Key.SessionCode, Key.GroupCode, cancellationToken);
        GrainMetrics.Activated(GrainTypes.Group);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainMetrics.Deactivated(GrainTypes.Group);
        return Task.CompletedTask;
    }

    public async Task<JoinReceipt> Join(ParticipantProfile profile)
    {
        var session = await OpenSessionAsync();
        if (ParticipantProfileValidation.Problem(profile with { Group = Key.GroupCode }, session.Definition.Groups) is { } problem)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid participant profile", problem);

        var token = ParticipantToken.New();
        var participant = new Participant(Key.SessionCode, ParticipantToken.NewPseudonym(), profile with { Group = Key.GroupCode }, DateTimeOffset.UtcNow);
        await participants.AddAsync(participant, ParticipantToken.Hash(token), CancellationToken.None);
        _members++;
        await Session.Announce(SessionChange.Members);
        return new JoinReceipt(participant, token);
    }

    public async Task Withdraw(string participantId)
    {
        await participants.WithdrawAsync(Key.SessionCode, participantId, DateTimeOffset.UtcNow, CancellationToken.None);
        if (_withdrawn.Add(participantId))
            _members--;
    }

    public async Task<GroupSnapshot> SetWeight(double weight)
    {
        await KnownSessionAsync();
        if (!double.IsFinite(weight) || weight is < 0 or > MaxWeight)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid weight", $"A group weight must be a number from 0 to {MaxWeight}.");
        await state.UpdateAsync(s => s with { Weight = weight }, logger);
        await Session.Announce(SessionChange.Weights);
        return Snapshot();
    }

    public async Task<GroupSnapshot> GetSnapshot()
    {
        await KnownSessionAsync();
        return Snapshot();
    }

    private GroupSnapshot Snapshot() => new(Key.GroupCode, state.State.Weight, _members);

    private async Task<SessionSnapshot> KnownSessionAsync()
    {
        var session = await Session.Get()
            ?? throw new CommandRejectedException(Rejection.NotFound, "Unknown session", $"There is no session {Key.SessionCode}.");
        if (!session.Definition.Groups.Any(g => g.Code == Key.GroupCode))
            throw new CommandRejectedException(Rejection.NotFound, "Unknown stakeholder group",
                $"'{Key.GroupCode}' is not a stakeholder group of session {Key.SessionCode}.");
        return session;
    }

    private async Task<SessionSnapshot> OpenSessionAsync()
    {
        var session = await KnownSessionAsync();
        return session.Status == SessionStatus.Open
            ? session
            : throw new CommandRejectedException(Rejection.Conflict, "Session not open",
                $"Session {Key.SessionCode} is {session.Status.ToString().ToLowerInvariant()}: participants can join only while it is open.");
    }
}
