using System.Globalization;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>An answer in words a report reader understands: option labels, and positions as numbers.</summary>
internal static class AnswerText
{
    public static string Describe(QuestionDefinition? question, AnswerValue answer)
    {
        if (answer.Position is { } position)
            return Position(position).ToString("0.00", CultureInfo.InvariantCulture);
        if (answer.Choice is { } choice)
            return Label(question, choice);
        if (answer.Choices is { } choices)
            return string.Join("; ", choices.Select(c => Label(question, c)));
        if (answer.Ranking is { } ranking)
            return string.Join(" > ", ranking.Select(i => Label(question, i)));
        return "";
    }

    /// <summary>The position at the axis' resolution; adding 0.0 turns a rounded -0 into 0 so it never prints "-0.00".</summary>
    public static double Position(double position) => Math.Round(position, 2) + 0.0;

    // An index without a label (a question edited after answering, say) still reads as its number.
    private static string Label(QuestionDefinition? question, int index) =>
        question is { Options.IsDefault: false } && index >= 0 && index < question.Options.Length
            ? question.Options[index]
            : index.ToString(CultureInfo.InvariantCulture);
}
