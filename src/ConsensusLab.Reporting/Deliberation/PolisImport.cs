using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Reporting.Polis;

namespace ConsensusLab.Reporting;

/// <summary>
/// A Polis conversation as a session's statements question: each comment a statement (its id kept; Polis' moderation
/// 1 accepted, 0 pending, −1 rejected), each vote event a vote in the ledger at the time it was cast, voters and
/// authors by their Polis ids. Polis knows no stakeholder groups, so every voter counts in "Other / prefer not to say"
/// until the moderator's own groups vote.
/// </summary>
public static class PolisImport
{
    /// <summary>The id of the statements question an import creates.</summary>
    public const string QuestionId = "conversation";

    public static string Group => StakeholderGroupCatalogue.Other.Code;

    /// <summary>The session to create: the default catalogue and one statements question, strictly moderated from now on.</summary>
    public static SessionDefinition Definition(string title, string prompt) => new(title,
        "Imported from a Polis conversation export (comments.csv, votes.csv).", [], IncludeAcademia: false,
        [new QuestionDefinition(QuestionId, QuestionKind.Statements, prompt, [], Statements: StatementSettings.Default)]);

    /// <exception cref="CommandRejectedException">The comment ids are not 0, 1, … or a vote names a comment that is not there.</exception>
    public static (ImmutableArray<Statement> Statements, ImmutableArray<ImportedVote> Votes) Of(PolisConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var comments = conversation.Comments.OrderBy(c => c.CommentId).ToList();
        for (var i = 0; i < comments.Count; i++)
        {
            if (comments[i].CommentId != i)
                throw new CommandRejectedException(Rejection.Invalid, "Comment ids with gaps",
                    $"comments.csv must number its comments 0, 1, 2, … without gaps; comment {i} is missing.");
        }
        if (conversation.Votes.FirstOrDefault(v => v.CommentId < 0 || v.CommentId >= comments.Count) is { } stray)
            throw new CommandRejectedException(Rejection.Invalid, "Vote on an unknown comment",
                $"votes.csv has a vote of {stray.VoterId} on comment {stray.CommentId}, which comments.csv does not have.");
        var statements = comments.Select(c => new Statement(c.CommentId, c.Body, null, c.AuthorId, Group, StatusOf(c.Moderated), c.Created));
        // In the order of time, so that the ledger's order makes a voter's later vote the one that counts, as in Polis.
        var votes = conversation.Votes.OrderBy(v => v.At).Select(v => new ImportedVote(v.VoterId, Group, v.CommentId, v.Vote, v.At));
        return ([.. statements], [.. votes]);
    }

    /// <summary>Polis' moderation: 1 accepted, −1 rejected, 0 not moderated.</summary>
    public static StatementStatus StatusOf(int moderated) => moderated switch
    {
        1 => StatementStatus.Accepted,
        -1 => StatementStatus.Rejected,
        _ => StatementStatus.Pending,
    };
}
