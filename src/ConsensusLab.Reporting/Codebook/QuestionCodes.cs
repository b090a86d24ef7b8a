using System.Collections.Immutable;
using System.Globalization;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>
/// The codes of a question's answers and categories, 1..k everywhere (the ledger's 0-based indexes plus one): Likert
/// points, choices and ranked items by their option, and a position question's 20 display bins of width 0.1.
/// </summary>
internal static class QuestionCodes
{
    /// <summary>Display bins of the position axis; the meters' distribution uses the same (Statistics' PositionBins).</summary>
    public const int PositionBins = 20;

    /// <summary>A statements question's categories are its votes (disagree, pass, agree: the tally's cells); its statements are in statements.csv.</summary>
    public static ImmutableArray<string> VoteLabels { get; } = ["Disagree", "Pass", "Agree"];

    public static ImmutableArray<ExportCategory> Of(QuestionDefinition question) => question.Kind switch
    {
        QuestionKind.Position => [.. Enumerable.Range(0, PositionBins).Select(b => new ExportCategory(Code(b), BinLabel(b)))],
        QuestionKind.Statements => [.. VoteLabels.Select((label, i) => new ExportCategory(Code(i), label))],
        _ => question.Options.IsDefault ? [] : [.. question.Options.Select((label, i) => new ExportCategory(Code(i), label))],
    };

    /// <summary>The code of a 0-based index.</summary>
    public static string Code(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The label of a 0-based index, or null for an index the question does not have (edited after answering).</summary>
    public static string? Label(QuestionDefinition? question, int index) => question?.Kind == QuestionKind.Statements
        ? index >= 0 && index < VoteLabels.Length ? VoteLabels[index] : null
        : question is { Options.IsDefault: false } && index >= 0 && index < question.Options.Length ? question.Options[index] : null;

    // The last bin also holds +1, as the meters count it.
    private static string BinLabel(int bin)
    {
        var from = (-1 + (bin / 10.0)).ToString("0.0", CultureInfo.InvariantCulture);
        var to = (-1 + ((bin + 1) / 10.0)).ToString("0.0", CultureInfo.InvariantCulture);
        return bin == PositionBins - 1 ? $"{from} to {to} inclusive" : $"{from} to below {to}";
    }
}
