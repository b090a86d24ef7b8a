namespace ConsensusLab.Statistics;

/// <summary>The 20 display bins of width 0.1 over the position axis [-1, 1].</summary>
public static class PositionBins
{
    /// <summary>Number of display bins.</summary>
    public const int Count = 20;

    /// <summary>The bin of a position cell; the last bin also takes +1 so that every bin is 10 cells wide but the last.</summary>
    public static int BinOf(int cell) => Math.Min(cell / 10, Count - 1);
}
