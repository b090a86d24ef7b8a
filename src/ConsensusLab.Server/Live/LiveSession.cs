using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConsensusLab.Grains.Live;

namespace ConsensusLab.Server.Live;

/// <summary>
/// The latest tally of each question of one session, the custom weights, and the connections watching. Meters are
/// computed once per published tally (not once per connection) and only when somebody watches.
/// </summary>
internal sealed class LiveSession(string code)
{
    private readonly ConcurrentDictionary<string, TallyPublication> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Computed> _computed = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private ImmutableList<LiveSubscription> _subscriptions = [];
    private ImmutableDictionary<string, double>? _customWeights;
    private Statistics.OtherGroups _otherGroups = Statistics.OtherGroups.None;
    private Statistics.MeterOptions _options = Statistics.MeterOptions.Default;
    private int _weightsGeneration;

    public string Code => code;

    /// <summary>Whether this process is subscribed to the session's grains (the hub renews it while anyone watches).</summary>
    public bool Subscribed { get; set; }

    /// <summary>When the last subscription or renewal succeeded (<see cref="Environment.TickCount64"/>).</summary>
    public long SubscribedAt { get; set; }

    /// <summary>Live connections watching the session in this process.</summary>
    public int Watchers => _subscriptions.Count;

    /// <summary>The session's privacy threshold (part of its immutable definition), set when the session is first watched.</summary>
    public int PrivacyThreshold { get; set; } = Domain.Sessions.SessionDefinition.DefaultPrivacyThreshold;

    /// <summary>How the session's groups are formed (part of its immutable definition).</summary>
    public Domain.Sessions.GroupMembership Membership { get; set; }

    /// <summary>
    /// Takes a question's publication unless the one here is newer or the same: pushes and renewals can cross, and
    /// versions only grow. An equal version may still carry a new status or round, so it replaces.
    /// </summary>
    public void Publish(TallyPublication publication)
    {
        var latest = _latest.AddOrUpdate(publication.QuestionId, publication, (_, held) =>
            publication.Tally.Version > held.Tally.Version
            || (publication.Tally.Version == held.Tally.Version && publication with { Tally = held.Tally } != held)
                ? publication
                : held);
        if (!ReferenceEquals(latest, publication))
            return;
        _computed.TryRemove(publication.QuestionId, out _);
        RingAll(sessionChanged: false);
    }

    /// <summary>
    /// The custom weights, the treatment of "Other" and the moderator's meter settings: everything the meters read
    /// besides the tally and the immutable definition.
    /// </summary>
    public void SetWeighting(ImmutableDictionary<string, double> weights, Statistics.OtherGroups otherGroups, Statistics.MeterOptions options)
    {
        _otherGroups = otherGroups;
        _options = options;
        _customWeights = weights;
        Interlocked.Increment(ref _weightsGeneration);
        _computed.Clear();
        RingAll(sessionChanged: true);
    }

    public void SessionChanged() => RingAll(sessionChanged: true);

    /// <summary>
    /// The meters of a question as of its latest publication; the same instance until something changes. A computed
    /// entry remembers the publication and weights it came from, so that meters computed from a publication that was
    /// replaced meanwhile are never served as the latest.
    /// </summary>
    public MeterUpdate? Meters(string questionId)
    {
        if (!_latest.TryGetValue(questionId, out var publication))
            return null;
        var generation = Volatile.Read(ref _weightsGeneration);
        if (_computed.TryGetValue(questionId, out var cached) && ReferenceEquals(cached.From, publication) && cached.WeightsGeneration == generation)
            return cached.Update;
        var update = new MeterUpdate(code, questionId, publication.Tally.Version, publication.Status, publication.Round, publication.Revealed,
            SchemeMeters.Compute(publication.Tally, _customWeights ?? ImmutableDictionary<string, double>.Empty, _otherGroups, PrivacyThreshold, _options))
        { GroupMembership = Membership };
        _computed[questionId] = new Computed(publication, generation, update);
        return update;
    }

    public LiveSubscription Subscribe()
    {
        var subscription = new LiveSubscription(this);
        lock (_gate)
            _subscriptions = _subscriptions.Add(subscription);
        return subscription;
    }

    public void Unsubscribe(LiveSubscription subscription)
    {
        lock (_gate)
            _subscriptions = _subscriptions.Remove(subscription);
    }

    private void RingAll(bool sessionChanged)
    {
        foreach (var subscription in _subscriptions)
            subscription.Ring(sessionChanged);
    }

    private sealed record Computed(TallyPublication From, int WeightsGeneration, MeterUpdate Update);
}
