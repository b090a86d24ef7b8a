using System.Threading.Channels;

namespace ConsensusLab.Server.Live;

/// <summary>
/// One live connection's doorbell. Rings coalesce: however many changes happen while the connection is sending, it
/// wakes once and sends the latest state, which is what keeps a slow client from falling behind.
/// </summary>
internal sealed class LiveSubscription(LiveSession session) : IDisposable
{
    private readonly Channel<bool> _bell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _sessionChanged;

    public LiveSession Session => session;

    public void Ring(bool sessionChanged)
    {
        if (sessionChanged)
            Interlocked.Exchange(ref _sessionChanged, 1);
        _bell.Writer.TryWrite(true);
    }

    /// <summary>Waits for a change; false when <paramref name="timeout"/> passed first (time for a keep-alive).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _bell.Reader.ReadAsync(timer.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Whether the session itself changed since the last call.</summary>
    public bool TakeSessionChanged() => Interlocked.Exchange(ref _sessionChanged, 0) == 1;

    public void Dispose() => session.Unsubscribe(this);
}
