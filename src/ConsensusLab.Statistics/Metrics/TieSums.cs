namespace ConsensusLab.Statistics;

/// <summary>Sums over the groups of tied values of a ranking, for Kendall's τ_b and its variance.</summary>
/// <param name="Pairs">Σ t(t − 1): twice the number of tied pairs.</param>
/// <param name="Triples">Σ t(t − 1)(t − 2).</param>
/// <param name="Spread">Σ t(t − 1)(2t + 5).</param>
internal readonly record struct TieSums(double Pairs, double Triples, double Spread)
{
    public static TieSums Of(IReadOnlyList<double> values)
    {
        double pairs = 0, triples = 0, spread = 0;
        foreach (var (first, last) in MidRanks.Runs([.. values.Order()]))
        {
            double t = last - first + 1;
            pairs += t * (t - 1);
            triples += t * (t - 1) * (t - 2);
            spread += t * (t - 1) * ((2 * t) + 5);
        }

        return new TieSums(pairs, triples, spread);
    }
}
