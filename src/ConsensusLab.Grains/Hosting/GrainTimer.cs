namespace ConsensusLab.Grains.Hosting;

/// <summary>A timer whose ticks are turns of its grain; it waits for a tick to finish before counting the next.</summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public GrainTimer(GrainActivation activation, Func<Task> callback, TimeSpan period) =>
        _ = Run(activation, callback, period, _stop.Token);

    private static async Task Run(GrainActivation activation, Func<Task> callback, TimeSpan period, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
                await activation.RunTimerTurnAsync(callback).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed with its grain.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
