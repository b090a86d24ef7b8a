using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>Rakes one question round's respondents to the moderator's margins, turning a refusal into a message.</summary>
internal static class RoomRaking
{
    /// <summary>The raked weights (null when refused) and how it went.</summary>
    public static (RespondentWeights? Weights, RakingOutcome Outcome) Rake(IReadOnlyList<RespondentProfile> respondents, RakingSettings settings)
    {
        try
        {
            // Start from headcount: the group margin then does what equal footing does, and the region margin adds to it.
            var result = Raking.Rake(RespondentWeights.Headcount(respondents), settings.Margins(), settings.ToOptions());
            return (result.Weights, new RakingOutcome(respondents.Count, result.Iterations, result.Converged, result.MaxMarginError,
                result.DesignEffect, result.Converged ? null : NotConverged(result)));
        }
        catch (Exception refused) when (refused is RakingTargetException or ArgumentOutOfRangeException)
        {
            // An empty cell or trimming bounds nothing fits in: said, not thrown, so every other figure is still exported.
            return (null, new RakingOutcome(respondents.Count, 0, false, null, null, refused.Message));
        }
    }

    private static string NotConverged(RakingResult result) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The margins were not all met within the tolerance after {result.Iterations} passes (largest gap {result.MaxMarginError:G4}); the figures use the weights as they stand.");
}
