using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Api;

public sealed record QuestionView(
    string Id,
    QuestionKind Kind,
    string Prompt,
    ImmutableArray<string> Options,
    PositionAxis? Axis,
    QuestionStatus Status,
    int Round,
    int Respondents,
    bool Revealed)
{
    /// <summary>The series linking the question to the same question in other sessions; null when not linked.</summary>
    public string? Series { get; init; }

    /// <summary>Statements questions: moderation mode and the longest statement a participant may write.</summary>
    public StatementSettings? Statements { get; init; }

    public static QuestionView Of(Grains.Questions.QuestionSnapshot question) => new(question.Definition.Id, question.Definition.Kind,
        question.Definition.Prompt, question.Definition.Options, question.Definition.Axis, question.Status, question.Round,
        question.Respondents, question.Revealed) { Series = question.Series, Statements = question.Definition.Statements };
}
