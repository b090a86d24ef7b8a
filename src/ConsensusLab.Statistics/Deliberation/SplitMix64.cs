namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator: a few lines whose output is fixed by its seed on every runtime, so
/// that k-means seeding, and hence the opinion groups, are reproducible (System.Random's sequence is not promised).
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
