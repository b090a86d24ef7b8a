namespace ConsensusLab.Statistics;

/// <summary>
/// Round-to-round change of a question asked twice. Net change compares each round's full set of answers; moved
/// share and the paired tests use only participants who answered both rounds.
/// </summary>
public static class RoundChange
{
    /// <summary>Change of % agree (top two points) on an ordinal scale, with McNemar's test on the pairs.</summary>
    public static OrdinalRoundChange OfOrdinal(Scale scale, IReadOnlyList<AnswerPair<int>> answers)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(answers);
        if (scale.Kind != ScaleKind.Ordinal)
        {
            throw new ArgumentException("Agreement change needs an ordinal scale.", nameof(scale));
        }

        var agreeFrom = scale.Options - 2;
        var before = Share(answers.Select(a => a.Before), cell => cell >= agreeFrom);
        var after = Share(answers.Select(a => a.After), cell => cell >= agreeFrom);
        var pairs = answers.Where(a => a.Before is not null && a.After is not null).Select(a => (a.Before!.Value, a.After!.Value)).ToList();
        var moved = pairs.Count(p => p.Item1 != p.Item2);
        var yesToNo = pairs.LongCount(p => p.Item1 >= agreeFrom && p.Item2 < agreeFrom);
        var noToYes = pairs.LongCount(p => p.Item1 < agreeFrom && p.Item2 >= agreeFrom);
        return new OrdinalRoundChange(before, after, after - before, pairs.Count,
            pairs.Count > 0 ? (double)moved / pairs.Count : null,
            pairs.Count > 0 ? McNemarTest.Of(yesToNo, noToYes) : null);
    }

    /// <summary>Change of mean position, with Wilcoxon's signed-rank test (Pratt's zero handling) on the pairs.</summary>
    public static PositionRoundChange OfPosition(IReadOnlyList<AnswerPair<double>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);

        // Positions are compared as cells, so 0.3 and 0.30000000000000004 count as the same answer.
        var before = Mean(answers.Select(a => a.Before));
        var after = Mean(answers.Select(a => a.After));
        var differences = answers.Where(a => a.Before is not null && a.After is not null)
            .Select(a => (Scale.PositionCell(a.After!.Value) - Scale.PositionCell(a.Before!.Value)) / 100.0)
            .ToArray();
        var moved = differences.Count(d => d != 0);
        return new PositionRoundChange(before, after, after - before, differences.Length,
            differences.Length > 0 ? (double)moved / differences.Length : null,
            SignedRankTest.Of(differences));
    }

    private static double? Share(IEnumerable<int?> answers, Func<int, bool> agrees)
    {
        long answered = 0, agreeing = 0;
        foreach (var answer in answers)
        {
            if (answer is { } cell)
            {
                answered++;
                agreeing += agrees(cell) ? 1 : 0;
            }
        }

        return answered > 0 ? (double)agreeing / answered : null;
    }

    private static double? Mean(IEnumerable<double?> answers)
    {
        long count = 0;
        var sum = 0.0;
        foreach (var answer in answers)
        {
            if (answer is { } value)
            {
                count++;
                sum += value;
            }
        }

        return count > 0 ? sum / count : null;
    }
}
