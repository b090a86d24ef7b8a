namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>
/// The 1,000,000 rows every raw-answer benchmark reads, generated deterministically so that
/// benchmarks/scipy/recompute_1m.py builds exactly the same ones: column c is SplitMix64 of the counter 1 … n
/// seeded with c, reduced as below.
/// </summary>
internal sealed class RawRows
{
    public const int Rows = 1_000_000;
    public const int Groups = 6;
    public const int Points = 5;
    public const int Items = 5;
    public const int Judges = Rows / Items;

    private RawRows()
    {
        Group = new int[Rows];
        Likert = new int[Rows];
        Position = new double[Rows];
        Weight = new double[Rows];
        Scores = new double[Judges][];
        for (var i = 0; i < Rows; i++)
        {
            Group[i] = (int)(SplitMix64(1, i) % Groups);
            Likert[i] = Math.Clamp((Group[i] % Points) + (int)(SplitMix64(2, i) % Points) - 2, 0, Points - 1);
            Position[i] = (Unit(SplitMix64(3, i)) * 2) - 1;
            Weight[i] = 0.5 + (1.5 * Unit(SplitMix64(4, i)));
        }

        for (var j = 0; j < Judges; j++)
        {
            Scores[j] = new double[Items];
            for (var k = 0; k < Items; k++)
            {
                Scores[j][k] = (SplitMix64(5, (j * Items) + k) % Items) + 1;
            }
        }
    }

    public static RawRows Instance { get; } = new();

    public int[] Group { get; }

    public int[] Likert { get; }

    public double[] Position { get; }

    public double[] Weight { get; }

    /// <summary>Each judge scores the five items 1..5 independently: rankings with ties.</summary>
    public double[][] Scores { get; }

    private static ulong SplitMix64(ulong seed, int index)
    {
        unchecked
        {
            var z = seed + ((ulong)(index + 1) * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static double Unit(ulong z) => (z >> 11) * (1.0 / 9007199254740992.0);
}
