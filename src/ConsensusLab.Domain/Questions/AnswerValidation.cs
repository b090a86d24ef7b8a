namespace ConsensusLab.Domain.Questions;

/// <summary>Checks an answer against its question: the kind must match and every value must be in range.</summary>
public static class AnswerValidation
{
    /// <summary>Why the answer does not fit the question, or null when it does.</summary>
    public static string? Problem(QuestionDefinition question, AnswerValue answer)
    {
        var fields = (answer.Choice is null ? 0 : 1) + (answer.Choices is null ? 0 : 1)
            + (answer.Ranking is null ? 0 : 1) + (answer.Position is null ? 0 : 1);
        if (question.Kind == QuestionKind.Statements)
            return VoteProblem(answer, fields);
        if (fields != 1 || answer.Statement is not null || answer.Vote is not null)
            return "An answer sets exactly one of 'choice', 'choices', 'ranking' or 'position'.";
        var options = question.Options.Length;
        return question.Kind switch
        {
            QuestionKind.Likert or QuestionKind.SingleChoice => answer.Choice is { } choice
                ? choice >= 0 && choice < options ? null : $"'choice' must be between 0 and {options - 1}."
                : $"A {Describe(question.Kind)} question takes 'choice'.",
            QuestionKind.MultipleChoice => answer.Choices is { } choices
                ? MultipleChoiceProblem(choices, options)
                : "A multiple-choice question takes 'choices'.",
            QuestionKind.Ranking => answer.Ranking is { } ranking
                ? RankingProblem(ranking, options)
                : "A ranking question takes 'ranking'.",
            QuestionKind.Position => answer.Position is { } position
                ? double.IsFinite(position) && position is >= -1 and <= 1 ? null : "'position' must be a number between -1 and 1."
                : "A position question takes 'position'.",
            _ => "Unknown question kind.",
        };
    }

    /// <summary>A vote names a statement and says +1 (agree), −1 (disagree) or 0 (pass); whether the statement may be voted on is the grain's to say.</summary>
    private static string? VoteProblem(AnswerValue answer, int otherFields)
    {
        if (otherFields != 0 || answer.Statement is null || answer.Vote is null)
            return "A statements question takes 'statement' and 'vote' only.";
        if (answer.Statement < 0)
            return "'statement' must be a statement number (0 or more).";
        return answer.Vote is -1 or 0 or 1 ? null : "'vote' must be 1 (agree), -1 (disagree) or 0 (pass).";
    }

    private static string? MultipleChoiceProblem(IReadOnlyList<int> choices, int options)
    {
        if (choices.Any(c => c < 0 || c >= options))
            return $"Every entry of 'choices' must be between 0 and {options - 1}.";
        return choices.Distinct().Count() == choices.Count ? null : "'choices' names an option twice.";
    }

    private static string? RankingProblem(IReadOnlyList<int> ranking, int items)
    {
        if (ranking.Count != items)
            return $"'ranking' must order all {items} items.";
        if (ranking.Any(i => i < 0 || i >= items))
            return $"Every entry of 'ranking' must be between 0 and {items - 1}.";
        return ranking.Distinct().Count() == items ? null : "'ranking' names an item twice.";
    }

    private static string Describe(QuestionKind kind) => kind == QuestionKind.Likert ? "Likert" : "single-choice";
}
