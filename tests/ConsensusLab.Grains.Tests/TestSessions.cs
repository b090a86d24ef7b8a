using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Grains.Tests;

/// <summary>Session definitions and set-up steps shared by the tests of ConsensusLab's grains.</summary>
internal static class TestSessions
{
    public static QuestionDefinition Likert(string id) => new(id, QuestionKind.Likert, "Enhanced cooperation is working.", LikertLabels.FivePoint);

    public static QuestionDefinition Position(string id) => new(id, QuestionKind.Position, "Evolve or create?", []);

    public static SessionKeys Keys { get; } = new("bW9kZXJhdG9y", "dmlldw==");

    public static SessionDefinition Definition(params QuestionDefinition[] questions) =>
        new("From deadlock to dialogue", null, [], IncludeAcademia: false, ImmutableArray.Create(questions));

    /// <summary>Creates a session with the questions and opens it and every question.</summary>
    public static async Task<string> OpenAsync(TestSilo silo, params QuestionDefinition[] questions)
    {
        var code = SessionCode.New();
        var session = silo.Grain<ISessionGrain>(code);
        await session.Create(Definition(questions), Keys);
        await session.Open();
        foreach (var question in questions)
            await Question(silo, code, question.Id).Open();
        return code;
    }

    public static IQuestionGrain Question(TestSilo silo, string code, string questionId) =>
        silo.Grain<IQuestionGrain>(GrainKeys.Question(code, questionId));

    public static AnswerCommand Answer(string participant, string group, int choice) =>
        new(participant, group, Guid.NewGuid().ToString("N"), new AnswerValue(Choice: choice));
}
