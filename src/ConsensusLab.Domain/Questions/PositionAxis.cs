using Orleans;

namespace ConsensusLab.Domain.Questions;

/// <summary>The labelled ends of the evolution ↔ creation axis and the status-quo point the moderator may place.</summary>
/// <param name="Left">Label of −1.</param>
/// <param name="Right">Label of +1.</param>
/// <param name="StatusQuo">Where the status quo sits on [−1, 1], if the moderator placed it.</param>
/// <param name="StatusQuoLabel">Label of the status-quo mark.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.PositionAxis")]
public sealed record PositionAxis(string Left, string Right, double? StatusQuo, string? StatusQuoLabel)
{
    public static PositionAxis EvolutionCreation { get; } = new(
        "Evolve existing structures", "Create new structures", null, null);

    /// <summary>Positions are kept to this resolution: a slider has no finer meaning, and sums stay exact.</summary>
    public const double Resolution = 0.01;

    public static double Quantize(double position) => Math.Round(position / Resolution) * Resolution;
}
