using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>What the session's projectors show: the moderator's choice and, resolved from it, the screen itself.</summary>
/// <param name="Mode">The moderator's choice: automatic, question or join.</param>
/// <param name="Screen">What the projector shows now: question or join (never automatic).</param>
/// <param name="QuestionId">The question on the screen; null on the join screen.</param>
public sealed record ProjectorView(ProjectorMode Mode, ProjectorMode Screen, string? QuestionId)
{
    /// <summary>
    /// Resolves the choice against the questions as they are now. Automatic shows the open question opened last (so
    /// opening several at once does not pin the first), else the question opened last before it closed, else the join
    /// screen; a later question wins a tie.
    /// </summary>
    public static ProjectorView Of(ProjectorChoice choice, IReadOnlyList<QuestionSnapshot> questions)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(questions);
        return choice.Mode switch
        {
            ProjectorMode.Question => new(choice.Mode, ProjectorMode.Question, choice.QuestionId),
            ProjectorMode.Join => new(choice.Mode, ProjectorMode.Join, null),
            _ => (LastOpened(questions, QuestionStatus.Open) ?? LastOpened(questions, QuestionStatus.Closed)) is { } shown
                ? new(ProjectorMode.Automatic, ProjectorMode.Question, shown)
                : new(ProjectorMode.Automatic, ProjectorMode.Join, null),
        };
    }

    private static string? LastOpened(IReadOnlyList<QuestionSnapshot> questions, QuestionStatus status) =>
        questions.Select((q, index) => (Question: q, Index: index))
            .Where(q => q.Question.Status == status)
            .OrderBy(q => q.Question.OpenedAt ?? DateTimeOffset.MinValue).ThenBy(q => q.Index)
            .Select(q => q.Question.Definition.Id)
            .LastOrDefault();
}
