using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Domain.Sessions;

/// <summary>Checks a session definition before a session is created from it.</summary>
public static class SessionDefinitionValidation
{
    public const int MaxTitleLength = 200;
    public const int MaxQuestions = 100;

    /// <summary>Every problem of the definition, in words a moderator understands; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(SessionDefinition definition)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.Title) || definition.Title.Length > MaxTitleLength)
            problems.Add($"A session needs a title of 1 to {MaxTitleLength} characters.");
        var questions = definition.Questions.IsDefault ? [] : definition.Questions;
        if (questions.Length is 0 or > MaxQuestions)
            problems.Add($"A session needs 1 to {MaxQuestions} questions.");
        problems.AddRange(questions.SelectMany(q => q.Problems()));
        problems.AddRange(questions.GroupBy(q => q.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Question id '{g.Key}' is used twice."));
        var groups = definition.Groups.IsDefault ? [] : definition.Groups;
        problems.AddRange(groups.Where(g => string.IsNullOrWhiteSpace(g.Code) || g.Code.Length > 20
                || !g.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || string.IsNullOrWhiteSpace(g.Name))
            .Select(g => $"Group '{g.Code}' needs a code of 1 to 20 letters, digits, '-' or '_' and a name."));
        problems.AddRange(groups.GroupBy(g => g.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Group code '{g.Key}' is used twice."));
        problems.AddRange(groups.Where(g => string.Equals(g.Code, "overall", StringComparison.OrdinalIgnoreCase))
            .Select(_ => "Group code 'overall' is reserved for the overall figures."));
        if (definition.PrivacyThreshold is < 1 or > SessionDefinition.MaxPrivacyThreshold)
            problems.Add($"'privacyThreshold' must be from 1 to {SessionDefinition.MaxPrivacyThreshold}.");
        if (!AgeBands.IsBoundary(definition.YoungUnderAge))
            problems.Add($"'youngUnderAge' must be one of the age-band boundaries {string.Join(", ", AgeBands.All.Skip(1).Select(b => b.From))}.");
        return problems;
    }
}
