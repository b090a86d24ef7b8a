namespace ConsensusLab.Statistics.Deliberation;

/// <summary>A k-means clustering of weighted points.</summary>
/// <param name="Assignment">Each point's cluster, 0..k−1; every cluster has at least one point.</param>
/// <param name="CentreX">Weighted mean X per cluster.</param>
/// <param name="CentreY">Weighted mean Y per cluster.</param>
/// <param name="Inertia">Σ weight × squared distance to the own centre.</param>
internal sealed record KMeansClustering(int[] Assignment, double[] CentreX, double[] CentreY, double Inertia)
{
    public int K => CentreX.Length;
}
