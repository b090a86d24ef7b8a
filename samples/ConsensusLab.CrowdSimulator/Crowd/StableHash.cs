namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>FNV-1a over a string: string.GetHashCode changes from run to run, and a seeded run must not.</summary>
internal static class StableHash
{
    public static int Of(params string[] parts)
    {
        var hash = 2166136261u;
        foreach (var part in parts)
        {
            foreach (var c in part)
                hash = (hash ^ c) * 16777619u;
            hash = (hash ^ '|') * 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}
