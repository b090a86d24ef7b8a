namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>
/// Measures, with atomic counters that do not rely on the host, how many pieces of one grain's code ran at the same
/// moment and how many calls were in progress at once (interleaved at awaits).
/// </summary>
internal sealed class ConcurrencyProbe
{
    private int _inside;
    private int _maxInside;
    private int _open;
    private int _maxOpen;

    public ConcurrencyReport Report => new(Volatile.Read(ref _maxInside), Volatile.Read(ref _maxOpen));

    /// <summary>One synchronous piece of grain code, long enough that a parallel one would overlap it.</summary>
    public void Segment()
    {
        RaiseMax(ref _maxInside, Interlocked.Increment(ref _inside));
        Thread.SpinWait(500);
        Interlocked.Decrement(ref _inside);
    }

    public void CallStarted() => RaiseMax(ref _maxOpen, Interlocked.Increment(ref _open));

    public void CallEnded() => Interlocked.Decrement(ref _open);

    private static void RaiseMax(ref int max, int value)
    {
        int seen;
        do
            seen = Volatile.Read(ref max);
        while (value > seen && Interlocked.CompareExchange(ref max, value, seen) != seen);
    }
}
