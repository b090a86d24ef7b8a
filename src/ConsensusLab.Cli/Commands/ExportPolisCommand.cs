using System.CommandLine;
using ConsensusLab.Cli.Hosting;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Reporting;
using ConsensusLab.Reporting.Polis;

namespace ConsensusLab.Cli.Commands;

/// <summary>
/// <c>consensuslab export-polis --session CODE --out DIR [--question ID] [--database PATH]</c>: writes a statements question
/// as Polis' comments.csv and votes.csv (<see cref="PolisExport"/>), as <c>GET …/polis/{file}</c> does.
/// </summary>
internal static class ExportPolisCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var session = new Option<string>("--session") { Description = "The session's join code.", Required = true, HelpName = "CODE" };
        var output = new Option<string>("--out") { Description = "The directory to write comments.csv and votes.csv into (created if needed).", Required = true, HelpName = "DIR" };
        var question = new Option<string?>("--question") { Description = "The statements question (default: the session's only one).", HelpName = "ID" };
        var database = DatabaseLocation.CreateOption();
        var command = new Command("export-polis", "Write a statements question in Polis' open-data format: comments.csv and votes.csv.")
        {
            session, output, question, database,
        };
        command.SetAction((parseResult, cancellationToken) => CommandAction.RunAsync(parseResult, (stdout, stderr) => RunAsync(
            parseResult.GetRequiredValue(session), parseResult.GetRequiredValue(output), parseResult.GetValue(question),
            DatabaseLocation.Resolve(parseResult.GetValue(database), environment), stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task RunAsync(string typedCode, string directory, string? questionId, string databasePath,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Polis' files hold no participation figures, so the LDC table does not matter here.
        var archive = await CliStore.LoadArchiveAsync(typedCode, databasePath, LdcGraduations.Bundled, error, cancellationToken);
        var conversation = PolisExport.Of(archive, StatementsQuestion(archive, questionId));

        var target = Path.GetFullPath(directory);
        var comments = Path.Combine(target, "comments.csv");
        var votes = Path.Combine(target, "votes.csv");
        try
        {
            Directory.CreateDirectory(target);
            await using var commentsFile = File.CreateText(comments);
            await using var votesFile = File.CreateText(votes);
            PolisFormat.Write(conversation, commentsFile, votesFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot write the Polis export to {target}: {e.Message}");
        }
        await output.WriteLineAsync($"Wrote {comments}");
        await output.WriteLineAsync($"Wrote {votes}");
    }

    private static string StatementsQuestion(SessionArchive archive, string? questionId)
    {
        var statements = archive.Session.Definition.Questions.Where(q => q.Kind == QuestionKind.Statements).Select(q => q.Id).ToList();
        if (questionId is not null)
            return statements.Contains(questionId) ? questionId
                : throw new CliException($"Session {archive.Session.Code} has no statements question '{questionId}'.");
        return statements.Count == 1 ? statements[0]
            : throw new CliException(statements.Count == 0
                ? $"Session {archive.Session.Code} has no statements question."
                : $"Session {archive.Session.Code} has {statements.Count} statements questions; choose one with --question ({string.Join(", ", statements)}).");
    }
}
