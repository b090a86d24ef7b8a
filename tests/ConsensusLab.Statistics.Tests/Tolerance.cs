namespace ConsensusLab.Statistics.Tests;

/// <summary>Compares doubles within a tolerance, for assertions on whole arrays of figures.</summary>
internal sealed class Tolerance(double tolerance) : IEqualityComparer<double>
{
    /// <summary>Equal to 12 decimal places: what the hand computations of the tests carry.</summary>
    public static IEqualityComparer<double> TwelveDigits { get; } = new Tolerance(1e-12);

    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
