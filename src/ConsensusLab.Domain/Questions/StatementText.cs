using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Questions;

/// <summary>The rule for what a participant writes as a statement, and for the language tag they give with it.</summary>
public static class StatementText
{
    public const int MaxLanguageLength = 35;

    /// <summary>Null when the statement may be stored; otherwise why not.</summary>
    public static string? Problem(string? text, string? language, int maxLength)
    {
        if (UserText.Problem(text, "The statement", maxLength) is { } problem)
            return problem;
        return language is null || (language.Length is > 0 and <= MaxLanguageLength && language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            ? null
            : $"'language' must be a language tag (1 to {MaxLanguageLength} ASCII letters, digits or '-'), such as 'en' or 'pt-BR'.";
    }
}
