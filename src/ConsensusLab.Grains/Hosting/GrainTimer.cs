namespace ConsensusLab.Grains.Hosting;

/// <summary>A timer whose ticks are turns of its grain; it waits for a tick to finish before counting the next.</summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly PeriodicTimer _timer;

    public GrainTimer(GrainActivation activation, Func<Task> callback, TimeSpan period)
    {
        _timer = new PeriodicTimer(period);
        _ = Run(activation, callback);
    }

    private async Task Run(GrainActivation activation, Func<Task> callback)
    {
        // Disposing the timer ends the loop: WaitForNextTickAsync then returns false.
        while (await _timer.WaitForNextTickAsync().ConfigureAwait(false))
            await activation.RunTimerTurnAsync(callback).ConfigureAwait(false);
    }

    public void Dispose() => _timer.Dispose();
}
