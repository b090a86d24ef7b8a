using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

internal static class SessionQuestions
{
    /// <summary>The session's question with this id; checked before any grain is activated for it.</summary>
    public static QuestionDefinition Require(this SessionDefinition definition, string sessionCode, string questionId) =>
        definition.Questions.FirstOrDefault(q => q.Id == questionId)
        ?? throw new CommandRejectedException(Rejection.NotFound, "Unknown question", $"Session {sessionCode} has no question '{questionId}'.");

    public static QuestionDefinition Require(this SessionSnapshot session, string questionId) =>
        session.Definition.Require(session.Code, questionId);

    /// <summary>The question, if it is a statements question (votes, statements, deliberation); otherwise a 422 refusal.</summary>
    public static QuestionDefinition RequireStatements(this QuestionDefinition question) =>
        question.Kind == QuestionKind.Statements
            ? question
            : throw new CommandRejectedException(Rejection.Invalid, "Not a statements question", $"Question '{question.Id}' is a {question.Kind} question.");
}
