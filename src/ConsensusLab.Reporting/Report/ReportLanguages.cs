using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>The languages a report is written in: the six UN languages the pages speak.</summary>
public static class ReportLanguages
{
    /// <summary>The language of a report when none is asked for (sessions do not record one).</summary>
    public const string Default = "en";

    /// <summary>Every language, by its code.</summary>
    public static ImmutableArray<string> Codes { get; } = ["ar", "en", "es", "fr", "ru", "zh"];

    /// <summary>Whether the language is one of <see cref="Codes"/>.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);

    /// <summary>Whether the language is written right to left.</summary>
    public static bool IsRightToLeft(string code) => code == "ar";
}
