namespace ConsensusLab.Reporting.Tests;

/// <summary>Hand formulas the expectations are computed with, written out independently of the statistics library.</summary>
internal static class Expected
{
    /// <summary>The 97.5th percentile of the standard normal distribution.</summary>
    public const double Z = 1.959963984540054;

    /// <summary>Wilson (1927): (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n).</summary>
    public static (double Lower, double Upper) Wilson(double p, double n)
    {
        var z2n = Z * Z / n;
        var centre = (p + (z2n / 2)) / (1 + z2n);
        var half = Z / (1 + z2n) * Math.Sqrt((p * (1 - p) / n) + (z2n / (4 * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Tastle and Wierman (2007): 1 + Σ p_i log2(1 − |i − μ| / (k − 1)) over points i = 1..k.</summary>
    public static double TastleWierman(params double[] shares)
    {
        var mean = shares.Select((p, i) => p * (i + 1)).Sum();
        return 1 + shares.Select((p, i) => p > 0 ? p * Math.Log2(1 - (Math.Abs(i + 1 - mean) / (shares.Length - 1))) : 0).Sum();
    }

    public static double Entropy(params double[] shares) => -shares.Where(p => p > 0).Sum(p => p * Math.Log2(p));
}
