using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace ConsensusLab.Grains.Live;

/// <summary>
/// The web processes subscribed to one grain. Subscriptions expire unless renewed (a process that died stops
/// renewing), and notifications are one-way: sending never waits for a process, however slow or gone.
/// </summary>
internal sealed class LiveFeeds(ILogger logger)
{
    private readonly ObserverManager<ILiveFeed> _feeds = new(LiveSubscriptions.Expiry, logger);

    public bool Any => _feeds.Count > 0;

    /// <summary>Adds the feed, or renews its subscription.</summary>
    public void Subscribe(ILiveFeed feed) => _feeds.Subscribe(feed, feed);

    public void Unsubscribe(ILiveFeed feed) => _feeds.Unsubscribe(feed);

    // A statement lambda, so that the non-awaiting overload is chosen: the awaiting one would wait for each process in turn.
    public void Send(Func<ILiveFeed, Task> notification) => _feeds.Notify(feed => { _ = notification(feed); });
}
