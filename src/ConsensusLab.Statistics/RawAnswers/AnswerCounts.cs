namespace ConsensusLab.Statistics;

/// <summary>
/// Raw answers counted into a groups × categories table, the sufficient statistic of the chi-square test, Cramér's V,
/// the tally's Kruskal–Wallis and the Jensen–Shannon divergence: one pass over flat arrays, no per-row allocation.
/// </summary>
public static class AnswerCounts
{
    /// <summary>Counts row i into cell (groups[i], answers[i]).</summary>
    /// <param name="groups">Each respondent's group index, 0 … groupCount − 1.</param>
    /// <param name="answers">Each respondent's answer category, 0 … categories − 1, in the same order.</param>
    /// <param name="groupCount">Number of groups (rows of the table).</param>
    /// <param name="categories">Number of answer categories (columns).</param>
    public static long[,] Table(ReadOnlySpan<int> groups, ReadOnlySpan<int> answers, int groupCount, int categories)
    {
        if (groups.Length != answers.Length)
        {
            throw new ArgumentException($"{groups.Length} group indices but {answers.Length} answers.", nameof(answers));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(groupCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(categories);
        // Four interleaved copies of the table: consecutive rows in the same cell would otherwise wait on each other's
        // increment (a store-to-load dependency); summed at the end.
        var cells = groupCount * categories;
        var copies = new int[4 * cells];
        answers = answers[..groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            var answer = answers[i];
            // One unsigned comparison each catches a negative index too.
            if ((uint)group >= (uint)groupCount || (uint)answer >= (uint)categories)
            {
                throw new ArgumentOutOfRangeException(nameof(groups), $"Row {i}: group {group} or answer {answer} is outside the table.");
            }

            copies[((i & 3) * cells) + (group * categories) + answer]++;
        }

        var flat = new long[cells];
        for (var c = 0; c < cells; c++)
        {
            flat[c] = (long)copies[c] + copies[cells + c] + copies[(2 * cells) + c] + copies[(3 * cells) + c];
        }

        var table = new long[groupCount, categories];
        Buffer.BlockCopy(flat, 0, table, 0, flat.Length * sizeof(long));
        return table;
    }

    /// <summary>Each row of the table as shares (an empty row as zeros), with the row totals: what the Jensen–Shannon divergence takes.</summary>
    public static (double[][] Distributions, double[] Totals) Rows(long[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.GetLength(0);
        var columns = table.GetLength(1);
        var distributions = new double[rows][];
        var totals = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            long total = 0;
            for (var c = 0; c < columns; c++)
            {
                total += table[r, c];
            }

            distributions[r] = new double[columns];
            totals[r] = total;
            for (var c = 0; c < columns && total > 0; c++)
            {
                distributions[r][c] = (double)table[r, c] / total;
            }
        }

        return (distributions, totals);
    }
}
