using System.Collections.Concurrent;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using Orleans;

namespace ConsensusLab.Server.Live;

/// <summary>
/// This process's one subscriber to the grains of the sessions its live connections watch: the session grain and each
/// question grain push to it (one-way), and it fans out to its own connections. A grain's fan-out is thus one message
/// per web process, however many browsers watch. Subscriptions are renewed on a timer, which also re-subscribes after
/// a grain moved to another silo; a session nobody here watches any more is unsubscribed at the next renewal.
/// </summary>
internal sealed class LiveMeterHub(IGrainFactory grains, SessionViews views, ILogger<LiveMeterHub> logger)
    : BackgroundService, ILiveFeed
{
    // Two renewal periods without a renewal: the grains expire a subscription after three, and their clock is not ours.
    private static readonly TimeSpan LapseAfter = 2 * LiveSubscriptions.RenewalPeriod;

    private readonly ConcurrentDictionary<string, LiveSession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ILiveFeed? _reference;

    /// <summary>The session's live state, subscribed to its grains before this returns.</summary>
    public async Task<LiveSession> WatchAsync(SessionSnapshot session)
    {
        var live = _sessions.GetOrAdd(session.Code, code => new LiveSession(code));
        live.PrivacyThreshold = session.Definition.PrivacyThreshold;
        live.Membership = session.Membership;
        if (!live.Subscribed)
            await SubscribeAsync(live, session);
        return live;
    }

    public Task OnTally(TallyPublication publication)
    {
        if (_sessions.TryGetValue(publication.SessionCode, out var live))
            live.Publish(publication);
        return Task.CompletedTask;
    }

    public Task OnSessionChanged(string sessionCode, SessionChange change)
    {
        if (_sessions.TryGetValue(sessionCode, out var live))
        {
            if (change == SessionChange.Weights)
                _ = RefreshWeightsAsync(live);
            else
                live.SessionChanged();
        }
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LiveSubscriptions.RenewalPeriod);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                foreach (var live in _sessions.Values)
                    await RenewAsync(live);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync unsubscribes.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The grains forget this process now rather than when its subscriptions expire. The reference itself lives as
        // long as the process: it goes with the silo's client.
        foreach (var live in _sessions.Values.Where(l => l.Subscribed))
            await GuardAsync(live, () => UnsubscribeAsync(live));
    }

    private async Task RenewAsync(LiveSession live)
    {
        if (live.Watchers > 0)
            await GuardAsync(live, async () => await SubscribeAsync(live, await views.RequireAsync(live.Code)));
        else if (live.Subscribed)
            await GuardAsync(live, () => UnsubscribeAsync(live));
    }

    /// <summary>
    /// Subscribes (or renews) and takes each grain's latest state, which also repairs anything missed. Session and
    /// weight changes carry no version to compare, so when this process was not subscribed, or renews so late that the
    /// grains may have forgotten it (a loaded machine, a failover), it reads the weights again and its watchers the session.
    /// </summary>
    private async Task SubscribeAsync(LiveSession live, SessionSnapshot session)
    {
        var feed = Reference();
        var mayHaveMissed = !live.Subscribed || Environment.TickCount64 - live.SubscribedAt > LapseAfter.TotalMilliseconds;
        if (mayHaveMissed)
            live.SetWeighting(await views.CustomWeightsAsync(session), session.OtherGroups, session.MeterSettings.ToOptions());
        await grains.GetGrain<ISessionGrain>(session.Code).Subscribe(feed);
        var publications = await Task.WhenAll(session.Definition.Questions.Select(q =>
            grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, q.Id)).Subscribe(feed)));
        foreach (var publication in publications)
            live.Publish(publication);
        live.Subscribed = true;
        live.SubscribedAt = Environment.TickCount64;
        if (mayHaveMissed)
            live.SessionChanged();
    }

    private async Task UnsubscribeAsync(LiveSession live)
    {
        var feed = Reference();
        var session = await views.RequireAsync(live.Code);
        await grains.GetGrain<ISessionGrain>(live.Code).Unsubscribe(feed);
        foreach (var question in session.Definition.Questions)
            await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(live.Code, question.Id)).Unsubscribe(feed);
        live.Subscribed = false;
    }

    private async Task RefreshWeightsAsync(LiveSession live) => await GuardAsync(live, async () =>
    {
        var session = await views.RequireAsync(live.Code);
        live.SetWeighting(await views.CustomWeightsAsync(session), session.OtherGroups, session.MeterSettings.ToOptions());
    });

    /// <summary>The reference grains call back on; the hub keeps itself alive, as Orleans holds only a weak reference.</summary>
    private ILiveFeed Reference()
    {
        lock (_gate)
            return _reference ??= grains.CreateObjectReference<ILiveFeed>(this);
    }

    private async Task GuardAsync(LiveSession live, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The next renewal tries again; meanwhile the connections keep the last state they had.
            logger.LogWarning(e, "Live subscription of session {SessionCode} failed; retrying at the next renewal", live.Code);
        }
    }
}
