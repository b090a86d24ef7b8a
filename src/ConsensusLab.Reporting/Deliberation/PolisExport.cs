using ConsensusLab.Domain.Questions;
using ConsensusLab.Reporting.Polis;

namespace ConsensusLab.Reporting;

/// <summary>
/// A statements question in Polis' open-data format: each statement a comment (accepted and meta 1, pending 0,
/// rejected −1; a seed's author is "moderator"), every vote in the ledger a vote event at the time it was recorded,
/// withdrawn participants' included as Polis keeps every event.
/// </summary>
public static class PolisExport
{
    public const string SeedAuthor = "moderator";

    public static PolisConversation Of(SessionArchive archive, string questionId)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var comments = archive.Statements.GetValueOrDefault(questionId, [])
            .Select(s => new PolisComment(s.Id, s.AuthorId ?? SeedAuthor, s.SubmittedAt, Moderated(s.Status), s.Text)).ToList();
        var votes = AnswerReplay.Replay(archive.Ledger)
            .Where(a => a.Record.Entry.QuestionId == questionId && a.Answer?.Statement is not null)
            .Select(a => new PolisVoteEvent(a.Record.Entry.RecordedAt, a.Answer!.Statement!.Value, a.Record.Entry.ParticipantId, a.Answer.Vote!.Value))
            .ToList();
        return new PolisConversation(comments, votes);
    }

    private static int Moderated(StatementStatus status) => status switch
    {
        StatementStatus.Accepted or StatementStatus.Meta => 1,
        StatementStatus.Rejected => -1,
        _ => 0,
    };
}
