using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ConsensusLab.Reporting;

/// <summary>Short constructors for the export's columns, so that each table's layout reads as a list.</summary>
internal static partial class Field
{
    public static ExportField Text(string name, string description, bool required = false) =>
        new(name, FieldType.String, description) { Required = required };

    public static ExportField Integer(string name, string description, bool required = false, double? minimum = null) =>
        new(name, FieldType.Integer, description) { Required = required, Minimum = minimum };

    public static ExportField Number(string name, string description, double? minimum = null, double? maximum = null) =>
        new(name, FieldType.Number, description) { Minimum = minimum, Maximum = maximum };

    /// <summary>A share of respondents or of weight, 0 .. 1 (not a p-value or a coefficient: those are <see cref="Number"/>s).</summary>
    public static ExportField Share(string name, string description) => Number(name, description, 0, 1) with { Share = true };

    public static ExportField Boolean(string name, string description, bool required = false) =>
        new(name, FieldType.Boolean, description) { Required = required };

    /// <summary>A UTC time in ISO 8601 with its Z, which readers take as a datetime.</summary>
    public static ExportField Time(string name, string description, bool required = false) =>
        new(name, FieldType.Datetime, description) { Required = required };

    public static ExportField Coded(string name, string description, IEnumerable<ExportCategory> categories, bool required = false) =>
        new(name, FieldType.String, description) { Required = required, Categories = [.. categories] };

    /// <summary>The values of an enum as reports spell them (<see cref="ReportNames"/>), labelled in words.</summary>
    public static ImmutableArray<ExportCategory> Categories<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new ExportCategory(ReportNames.Of(v), Words(v.ToString())))];

    // "EqualFooting" reads "equal footing" in the codebook.
    private static string Words(string name) => WordStart().Replace(name, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex WordStart();
}
