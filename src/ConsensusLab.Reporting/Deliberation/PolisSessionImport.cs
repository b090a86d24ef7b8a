using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Reporting.Polis;
using Orleans;

namespace ConsensusLab.Reporting;

/// <summary>
/// A Polis export read and checked, ready to become a session (<see cref="PolisImport"/>). The server's import endpoint
/// and the command line's <c>import-polis</c> both go this way, so an import is the same whichever door it came in by.
/// </summary>
public sealed record PolisSessionImport(ImmutableArray<Statement> Statements, ImmutableArray<ImportedVote> Votes)
{
    /// <summary>Reads the text of comments.csv and votes.csv; nothing is created yet, so bad input changes nothing.</summary>
    /// <exception cref="CommandRejectedException">The files are not a Polis export, or their comments and votes do not match.</exception>
    public static PolisSessionImport Read(TextReader comments, TextReader votes)
    {
        PolisConversation conversation;
        try
        {
            conversation = PolisFormat.Read(comments, votes);
        }
        catch (FormatException e)
        {
            throw new CommandRejectedException(Rejection.Invalid, "Not a Polis export", e.Message);
        }
        var (statements, imported) = PolisImport.Of(conversation);
        return new PolisSessionImport(statements, imported);
    }

    /// <summary>Creates the session under a new code and imports the conversation into its statements question.</summary>
    /// <returns>The session, with its keys: they are shown this once and only their hashes are stored.</returns>
    public async Task<ImportedSession> CreateAsync(IGrainFactory grains, string? title, string? prompt)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var definition = PolisImport.Definition(title ?? "Polis conversation", prompt ?? "What do you think?");
        var (moderatorKey, viewKey, hashes) = AccessKeys.New();
        var session = await grains.GetGrain<ISessionGrain>(SessionCode.New()).Create(definition, hashes);
        await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, PolisImport.QuestionId)).ImportConversation(Statements, Votes);
        return new ImportedSession(session, moderatorKey, viewKey);
    }
}

/// <summary>A session created by an import, with the keys made for it.</summary>
public sealed record ImportedSession(SessionSnapshot Session, string ModeratorKey, string ViewKey);
