using Orleans;

namespace ConsensusLab.Statistics;

/// <summary>Describes how a question's answers map to tally cells.</summary>
/// <param name="Kind">The kind of question.</param>
/// <param name="Options">Points (Ordinal), choices (Nominal, MultipleChoice) or items (Ranking); ignored for Position.</param>
/// <param name="StatusQuo">Optional status-quo point on the Position axis, within [-1, 1].</param>
[GenerateSerializer, Immutable, Alias("consensuslab.Scale")]
public sealed record Scale(ScaleKind Kind, int Options, double? StatusQuo = null)
{
    /// <summary>Position answers are quantised to 0.01, so the axis [-1, 1] has 201 cells.</summary>
    public const int PositionCells = 201;

    // Rankings and multiple choice are validated with 64-bit masks so that Add stays allocation-free.
    private const int MaxMaskedOptions = 64;

    /// <summary>The number of options, validated for the kind of scale.</summary>
    public int Options { get; init; } = ValidOptions(Kind, Options);

    /// <summary>The status-quo point, validated to lie on the axis.</summary>
    public double? StatusQuo { get; init; } = ValidStatusQuo(StatusQuo);

    /// <summary>Number of tally cells per group: Options, 201 for Position, Options² for Ranking.</summary>
    public int CellCount => Kind switch
    {
        ScaleKind.Position => PositionCells,
        ScaleKind.Ranking => Options * Options,
        _ => Options,
    };

    /// <summary>The cell of a position answer: round((value + 1) * 100).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not within [-1, 1].</exception>
    public static int PositionCell(double value)
    {
        if (!(value >= -1.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A position must lie within [-1, 1].");
        }

        return (int)Math.Round((value + 1.0) * 100.0, MidpointRounding.AwayFromZero);
    }

    /// <summary>The position value a cell stands for: -1 + cell / 100.</summary>
    public static double PositionValue(int cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cell);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cell, PositionCells);
        return -1.0 + (cell / 100.0);
    }

    private static int ValidOptions(ScaleKind kind, int options)
    {
        switch (kind)
        {
            case ScaleKind.Position:
                return options;
            case ScaleKind.Ordinal:
                // Top-two and bottom-two boxes must not overlap.
                ArgumentOutOfRangeException.ThrowIfLessThan(options, 4, nameof(Options));
                return options;
            case ScaleKind.Nominal:
                ArgumentOutOfRangeException.ThrowIfLessThan(options, 2, nameof(Options));
                return options;
            case ScaleKind.MultipleChoice:
            case ScaleKind.Ranking:
                ArgumentOutOfRangeException.ThrowIfLessThan(options, kind == ScaleKind.Ranking ? 2 : 1, nameof(Options));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(options, MaxMaskedOptions, nameof(Options));
                return options;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown scale kind.");
        }
    }

    private static double? ValidStatusQuo(double? statusQuo)
    {
        if (statusQuo is { } value && !(value >= -1.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(statusQuo), value, "The status quo must lie within [-1, 1].");
        }

        return statusQuo;
    }
}
