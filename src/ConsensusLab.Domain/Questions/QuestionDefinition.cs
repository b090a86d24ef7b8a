using System.Collections.Immutable;
using Orleans;

namespace ConsensusLab.Domain.Questions;

/// <summary>A question as the moderator set it up.</summary>
/// <param name="Id">Identifier, unique in the session (letters, digits, '-' and '_').</param>
/// <param name="Kind">What kind of answer it takes.</param>
/// <param name="Prompt">The question text.</param>
/// <param name="Options">Likert: the point labels (5 or 7); choice: the choices; ranking: the items (2 to 10).</param>
/// <param name="Axis">Position questions: the axis labels and status quo.</param>
/// <param name="Statements">Statements questions: moderation mode and statement length (<see cref="Options"/> holds the seeded statements).</param>
[GenerateSerializer, Immutable, Alias("consensuslab.QuestionDefinition")]
public sealed record QuestionDefinition(
    string Id,
    QuestionKind Kind,
    string Prompt,
    ImmutableArray<string> Options,
    PositionAxis? Axis = null,
    StatementSettings? Statements = null)
{
    public const int MaxRankingItems = 10;
    public const int MaxChoices = 20;
    public const int MaxSeededStatements = 200;

    /// <summary>Fills in defaults (Likert labels, the evolution ↔ creation axis) so a template may leave them out.</summary>
    public QuestionDefinition WithDefaults() => Kind switch
    {
        QuestionKind.Likert when Options.IsDefaultOrEmpty => this with { Options = LikertLabels.FivePoint },
        QuestionKind.Position => this with { Axis = Axis ?? PositionAxis.EvolutionCreation, Options = [] },
        QuestionKind.Statements => this with { Statements = Statements ?? StatementSettings.Default, Options = Options.IsDefault ? [] : Options },
        _ => this with { Options = Options.IsDefault ? [] : Options },
    };

    /// <summary>What is wrong with the definition, in words a moderator understands; empty when it is valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id) || Id.Length > 40 || !Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            problems.Add($"Question id '{Id}' must be 1 to 40 letters, digits, '-' or '_'.");
        if (Sessions.UserText.Problem(Prompt, $"The prompt of question '{Id}'", Sessions.DefinitionLimits.MaxPromptLength, multiline: true) is { } prompt)
            problems.Add(prompt);
        var options = Options.IsDefault ? 0 : Options.Length;
        switch (Kind)
        {
            case QuestionKind.Likert when options is not (5 or 7):
                problems.Add($"Likert question '{Id}' needs 5 or 7 labelled points, not {options}.");
                break;
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice when options is < 2 or > MaxChoices:
                problems.Add($"Choice question '{Id}' needs 2 to {MaxChoices} options, not {options}.");
                break;
            case QuestionKind.Ranking when options is < 2 or > MaxRankingItems:
                problems.Add($"Ranking question '{Id}' needs 2 to {MaxRankingItems} items, not {options}.");
                break;
            case QuestionKind.Position when Axis?.StatusQuo is { } statusQuo && !(statusQuo >= -1 && statusQuo <= 1):
                problems.Add($"Position question '{Id}' places its status quo outside [-1, 1].");
                break;
            case QuestionKind.Statements:
                problems.AddRange(StatementProblems(options));
                break;
        }
        if (!Options.IsDefault && options <= MaxChoices && Kind != QuestionKind.Statements)
            problems.AddRange(Options.Select((o, i) => Sessions.UserText.Problem(o, $"Option {i + 1} of question '{Id}'", Sessions.DefinitionLimits.MaxOptionLength))
                .OfType<string>());
        if (Axis is { } axis)
            problems.AddRange(new[]
            {
                Sessions.UserText.Problem(axis.Left, $"The left end of question '{Id}'", Sessions.DefinitionLimits.MaxAxisLabelLength),
                Sessions.UserText.Problem(axis.Right, $"The right end of question '{Id}'", Sessions.DefinitionLimits.MaxAxisLabelLength),
                Sessions.UserText.Problem(axis.StatusQuoLabel, $"The status-quo label of question '{Id}'", Sessions.DefinitionLimits.MaxAxisLabelLength, required: false),
            }.OfType<string>());
        return problems;
    }

    private IEnumerable<string> StatementProblems(int seeded)
    {
        var maxLength = Statements?.MaxLength ?? StatementSettings.DefaultMaxLength;
        if (maxLength is < 20 or > StatementSettings.LongestAllowed)
            yield return $"Statements question '{Id}' must allow statements of 20 to {StatementSettings.LongestAllowed} characters, not {maxLength}.";
        if (seeded > MaxSeededStatements)
        {
            yield return $"Statements question '{Id}' seeds at most {MaxSeededStatements} statements, not {seeded}.";
            yield break;
        }
        for (var i = 0; i < seeded; i++)
        {
            if (Sessions.UserText.Problem(Options[i], $"Seeded statement {i + 1} of question '{Id}'", maxLength) is { } problem)
                yield return problem;
        }
    }
}
