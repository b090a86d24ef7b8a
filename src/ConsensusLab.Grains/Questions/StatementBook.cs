using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Grains.Questions;

/// <summary>The rules for adding a participant's statement to a question's statements.</summary>
internal static class StatementBook
{
    /// <summary>A participant writes at most this many statements in any <see cref="Window"/>.</summary>
    public const int MaxPerWindow = 5;

    /// <summary>
    /// Long enough to stop a participant flooding the queue (the moderator reads each one), short enough that a
    /// participant with several ideas is held back for minutes, not for the session.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>The statement stored for an earlier request with the same id by the same author, if there is one.</summary>
    public static Statement? Retried(ImmutableArray<Statement> statements, StatementCommand command) => command.RequestId is { } requestId
        ? statements.FirstOrDefault(s => s.RequestId == requestId && s.AuthorId == command.ParticipantId)
        : null;

    public static void RequireWithinRate(ImmutableArray<Statement> statements, string participantId, DateTimeOffset now)
    {
        var recent = statements.Count(s => s.AuthorId == participantId && now - s.SubmittedAt < Window);
        if (recent >= MaxPerWindow)
            throw new CommandRejectedException(Rejection.TooMany, "Too many statements",
                $"A participant may write {MaxPerWindow} statements in {Window.TotalMinutes:0} minutes; please wait before writing another.");
    }

    /// <summary>A participant's statement as stored: pending moderation (in permissive mode it is shown meanwhile).</summary>
    public static Statement Written(int id, StatementCommand command, DateTimeOffset now) =>
        new(id, command.Text.Trim(), command.Language, command.ParticipantId, command.Group, StatementStatus.Pending, now, command.RequestId);
}
