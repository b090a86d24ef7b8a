using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// Raking (iterative proportional fitting, Deming and Stephan 1940): starting weights are scaled margin by margin
/// until the weighted shares of every margin meet their targets at once, as R survey's rake does with population
/// margins equal to target share × n. Stopping differs from R's (which watches the change in the full cross table
/// between passes, absolute epsilon 1 by default): here a pass that leaves every margin within the tolerance of
/// its target stops, which is what a moderator can check.
/// </summary>
public static class Raking
{
    /// <summary>
    /// Rakes <paramref name="start"/> (headcount, or a scheme from <see cref="SchemeWeights"/>) to the margins, then
    /// trims if the options ask for it. The result sums to n. Throws <see cref="RakingTargetException"/> when a target
    /// cannot be met: a positive target for a category without respondents (or whose respondents all weigh zero), a
    /// category with respondents but no target, or a margin whose targets are all zero.
    /// </summary>
    public static RakingResult Rake(RespondentWeights start, IReadOnlyList<RakingMargin> margins, RakingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(margins);
        options ??= RakingOptions.Default;
        var cells = margins.Select(m => MarginCells.Resolve(m, start)).ToArray();
        var weights = start.NormalisedToCount().Weights.ToArray();
        var iterations = 0;
        var error = MaxError(cells, weights);
        while (error > options.Tolerance && iterations < options.MaxIterations)
        {
            foreach (var margin in cells)
            {
                margin.Fit(weights);
            }

            iterations++;
            error = MaxError(cells, weights);
        }

        var converged = error <= options.Tolerance;
        if (options.Trimming is not null)
        {
            options.Trimming.Apply(weights);
            error = MaxError(cells, weights);
        }

        var raked = new RespondentWeights(start.Respondents, ImmutableArray.Create(weights));
        return new RakingResult(raked, iterations, converged, error, raked.KishDesignEffect());
    }

    private static double MaxError(MarginCells[] cells, double[] weights) =>
        cells.Select(c => c.MaxError(weights)).DefaultIfEmpty(0).Max();
}
