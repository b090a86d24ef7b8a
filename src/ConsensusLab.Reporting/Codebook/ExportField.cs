using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>
/// One column of an export file: the single source of its CSV header, its Table Schema field in datapackage.json and
/// its line in the codebook.
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The type every non-empty value parses as.</param>
/// <param name="Description">What the value is, and when it is empty.</param>
internal sealed record ExportField(string Name, FieldType Type, string Description)
{
    /// <summary>Never empty.</summary>
    public bool Required { get; init; }

    /// <summary>The values a coded field takes, with their labels; empty for a free field.</summary>
    public ImmutableArray<ExportCategory> Categories { get; init; } = [];

    /// <summary>A share of respondents or of weight, 0 .. 1: the workbook shows it as a percentage.</summary>
    public bool Share { get; init; }

    /// <summary>The smallest value of a numeric field, when it has one.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest value of a numeric field, when it has one.</summary>
    public double? Maximum { get; init; }
}
