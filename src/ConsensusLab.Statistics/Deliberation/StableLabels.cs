namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Keeps opinion-group labels from one update to the next. Each new cluster inherits the label of the previous
/// group it shares most participants with, greedily by decreasing overlap (ties: lower cluster, then lower label);
/// clusters left over take the lowest labels not yet given, the larger cluster first. The first time, labels go
/// by decreasing size. Labels are therefore stable but not always 0..k−1: a group that disappears leaves a gap.
/// </summary>
internal static class StableLabels
{
    /// <summary>The label of each cluster.</summary>
    /// <param name="participantIds">Clustered participants' ids.</param>
    /// <param name="clusterOf">Each clustered participant's cluster, 0..k−1.</param>
    /// <param name="k">Number of clusters.</param>
    /// <param name="previous">The last result, or null.</param>
    public static int[] Assign(IReadOnlyList<string> participantIds, int[] clusterOf, int k, OpinionGroupResult? previous)
    {
        var sizes = new int[k];
        foreach (var c in clusterOf)
        {
            sizes[c]++;
        }

        var labels = new int[k];
        Array.Fill(labels, -1);
        var taken = new HashSet<int>();
        if (previous is not null)
        {
            MatchByOverlap(participantIds, clusterOf, previous, labels, taken);
        }

        var leftOver = Enumerable.Range(0, k).Where(c => labels[c] < 0).OrderByDescending(c => sizes[c]).ThenBy(c => c);
        var next = 0;
        foreach (var c in leftOver)
        {
            while (taken.Contains(next))
            {
                next++;
            }

            labels[c] = next;
            taken.Add(next);
        }

        return labels;
    }

    private static void MatchByOverlap(IReadOnlyList<string> participantIds, int[] clusterOf, OpinionGroupResult previous,
        int[] labels, HashSet<int> taken)
    {
        var previousLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var point in previous.Participants)
        {
            if (point.GroupLabel is { } label)
            {
                previousLabel[point.ParticipantId] = label;
            }
        }

        var overlap = new Dictionary<(int Cluster, int Label), int>();
        for (var p = 0; p < participantIds.Count; p++)
        {
            if (previousLabel.TryGetValue(participantIds[p], out var label))
            {
                var key = (clusterOf[p], label);
                overlap[key] = overlap.GetValueOrDefault(key) + 1;
            }
        }

        var pairs = overlap.OrderByDescending(o => o.Value).ThenBy(o => o.Key.Cluster).ThenBy(o => o.Key.Label);
        foreach (var ((cluster, label), _) in pairs)
        {
            if (labels[cluster] < 0 && !taken.Contains(label))
            {
                labels[cluster] = label;
                taken.Add(label);
            }
        }
    }
}
