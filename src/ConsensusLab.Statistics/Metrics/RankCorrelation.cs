namespace ConsensusLab.Statistics;

/// <summary>A rank correlation between two rankings of the same items, with its large-sample test.</summary>
/// <param name="Tau">Kendall's τ_b, −1 (reversed order) .. 0 (unrelated) .. 1 (same order).</param>
/// <param name="ZScore">(C − D) / √Var(C − D), the normal score of the test of no association.</param>
/// <param name="PValue">Two-sided p-value of that test, from the normal approximation.</param>
/// <param name="Items">n, the number of items both rankings place.</param>
public sealed record RankCorrelation(double Tau, double ZScore, double PValue, int Items);
