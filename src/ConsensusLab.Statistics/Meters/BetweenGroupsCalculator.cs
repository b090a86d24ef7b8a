namespace ConsensusLab.Statistics;

/// <summary>
/// Between-group tests on unweighted counts. Every weighting scheme gives all respondents of a group one weight, so
/// the group × answer table of counts is the sample itself and needs no Rao–Scott correction.
/// </summary>
internal static class BetweenGroupsCalculator
{
    public static BetweenGroups Compute(TallySnapshot tally)
    {
        var scale = tally.Scale;
        if (scale.Kind == ScaleKind.MultipleChoice)
        {
            return new BetweenGroups(null, null);
        }

        var independence = IndependenceTest.Of(DisplayCounts(tally));
        var kruskalWallis = scale.Kind is ScaleKind.Ordinal or ScaleKind.Position ? KruskalWallis.Test(CellCounts(tally)) : null;
        return new BetweenGroups(independence, kruskalWallis);
    }

    /// <summary>Group × cell counts.</summary>
    private static long[,] CellCounts(TallySnapshot tally)
    {
        var cells = tally.Scale.CellCount;
        var counts = new long[tally.Groups.Length, cells];
        for (var g = 0; g < tally.Groups.Length; g++)
        {
            for (var c = 0; c < cells; c++)
            {
                counts[g, c] = tally.Groups[g].Cells[c];
            }
        }

        return counts;
    }

    /// <summary>Group × display category counts: cells, position bins, or first-ranked items.</summary>
    private static long[,] DisplayCounts(TallySnapshot tally)
    {
        var scale = tally.Scale;
        if (scale.Kind is ScaleKind.Ordinal or ScaleKind.Nominal)
        {
            return CellCounts(tally);
        }

        var categories = scale.Kind == ScaleKind.Position ? PositionBins.Count : scale.Options;
        var counts = new long[tally.Groups.Length, categories];
        for (var g = 0; g < tally.Groups.Length; g++)
        {
            var cells = tally.Groups[g].Cells;
            if (scale.Kind == ScaleKind.Position)
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    counts[g, PositionBins.BinOf(c)] += cells[c];
                }
            }
            else
            {
                for (var item = 0; item < scale.Options; item++)
                {
                    counts[g, item] = cells[item * scale.Options];
                }
            }
        }

        return counts;
    }
}
