namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Points of the 2-D map with a weight each (a base cluster weighs its members), in flat arrays.</summary>
/// <param name="X">First coordinates.</param>
/// <param name="Y">Second coordinates.</param>
/// <param name="Weight">Weights, all positive.</param>
internal sealed record WeightedPoints(double[] X, double[] Y, double[] Weight)
{
    public int Count => X.Length;

    public double SquaredDistance(int i, double x, double y)
    {
        var dx = X[i] - x;
        var dy = Y[i] - y;
        return (dx * dx) + (dy * dy);
    }
}
