using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Groups;

internal sealed class StakeholderGroupGrain : Grain, IStakeholderGroupGrain
{
    public const double MaxWeight = 1000;

    private readonly IPersistentState<StakeholderGroupState> _state;
    private readonly IParticipantStore _participants;
    private readonly ILogger<StakeholderGroupGrain> _logger;
    private int _members;

    private readonly LedgerFollowingOptions _following;

    public StakeholderGroupGrain(IGrainContext context, IParticipantStore participants, LedgerFollowingOptions following,
        ILogger<StakeholderGroupGrain> logger) : base(context)
    {
        _following = following;
        _state = context.PersistentState<StakeholderGroupState>("group");
        _participants = participants;
        _logger = logger;
    }

    private (string SessionCode, string GroupCode) Key => GrainKeys.Split(GrainKey);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _state.ReadStateAsync(cancellationToken);
        _members = await _participants.CountGroupAsync(Key.SessionCode, Key.GroupCode, cancellationToken);
    }

    public async Task<JoinReceipt> Join(ParticipantProfile profile)
    {
        var session = await OpenSessionAsync();
        if (ParticipantProfileValidation.Problem(profile with { Group = Key.GroupCode }, session.Definition.Groups) is { } problem)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid participant profile", problem);

        var token = ParticipantToken.New();
        var participant = new Participant(Key.SessionCode, ParticipantToken.NewPseudonym(), profile with { Group = Key.GroupCode }, DateTimeOffset.UtcNow);
        await _participants.AddAsync(participant, ParticipantToken.Hash(token), CancellationToken.None);
        _members++;
        return new JoinReceipt(participant, token);
    }

    public async Task<GroupSnapshot> SetWeight(double weight)
    {
        await KnownSessionAsync();
        if (!double.IsFinite(weight) || weight is < 0 or > MaxWeight)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid weight", $"A group weight must be a number from 0 to {MaxWeight}.");
        await _state.CommitAsync(_state.State with { Weight = weight }, Context, _logger);
        return Snapshot();
    }

    public async Task<GroupSnapshot> GetSnapshot()
    {
        await KnownSessionAsync();
        // Other nodes add members too when the store is shared: count them where they are kept.
        if (_following.SharedLedger)
            _members = await _participants.CountGroupAsync(Key.SessionCode, Key.GroupCode, CancellationToken.None);
        return Snapshot();
    }

    private GroupSnapshot Snapshot() => new(Key.GroupCode, _state.State.Weight, _members);

    private async Task<SessionSnapshot> KnownSessionAsync()
    {
        var session = await GrainFactory.GetGrain<ISessionGrain>(Key.SessionCode).Get()
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
