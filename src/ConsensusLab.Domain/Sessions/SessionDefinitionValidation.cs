using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Domain.Sessions;

/// <summary>Checks a session definition before a session is created from it.</summary>
public static class SessionDefinitionValidation
{
    /// <summary>Every problem of the definition, in words a moderator understands; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(SessionDefinition definition)
    {
        var problems = new List<string>();
        Add(problems, UserText.Problem(definition.Title, "The session's title", DefinitionLimits.MaxTitleLength));
        Add(problems, UserText.Problem(definition.Description, "The session's description", DefinitionLimits.MaxDescriptionLength,
            required: false, multiline: true));
        var questions = definition.Questions.IsDefault ? [] : definition.Questions;
        var groups = definition.Groups.IsDefault ? [] : definition.Groups;
        // Past the bounds, say so and stop: checking ten thousand items one by one is the cost the bounds exist to avoid.
        if (questions.Length is 0 or > DefinitionLimits.MaxQuestions)
            problems.Add($"A session needs 1 to {DefinitionLimits.MaxQuestions} questions, not {questions.Length}.");
        if (groups.Length > DefinitionLimits.MaxGroups)
            problems.Add($"A session has at most {DefinitionLimits.MaxGroups} stakeholder groups, not {groups.Length}.");
        if (questions.Length > DefinitionLimits.MaxQuestions || groups.Length > DefinitionLimits.MaxGroups)
            return problems;
        problems.AddRange(questions.SelectMany(q => q.Problems()));
        problems.AddRange(questions.GroupBy(q => q.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Question id '{g.Key}' is used twice."));
        problems.AddRange(groups.Where(g => string.IsNullOrWhiteSpace(g.Code) || g.Code.Length > DefinitionLimits.MaxGroupCodeLength
                || !g.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            .Select(g => $"Group '{g.Code}' needs a code of 1 to {DefinitionLimits.MaxGroupCodeLength} letters, digits, '-' or '_'."));
        foreach (var group in groups)
        {
            Add(problems, UserText.Problem(group.Name, $"The name of group '{group.Code}'", DefinitionLimits.MaxGroupNameLength));
            Add(problems, UserText.Problem(group.Description, $"The description of group '{group.Code}'", DefinitionLimits.MaxGroupDescriptionLength,
                required: false));
            Add(problems, UserText.Problem(group.RollUp, $"The roll-up of group '{group.Code}'", DefinitionLimits.MaxGroupNameLength, required: false));
        }
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

    private static void Add(List<string> problems, string? problem)
    {
        if (problem is not null)
            problems.Add(problem);
    }
}
