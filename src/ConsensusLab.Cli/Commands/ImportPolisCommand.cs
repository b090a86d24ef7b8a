using System.CommandLine;
using ConsensusLab.Cli.Hosting;
using ConsensusLab.Reporting;

namespace ConsensusLab.Cli.Commands;

/// <summary>
/// <c>consensuslab import-polis --comments FILE --votes FILE [--title TEXT] [--prompt TEXT] [--database PATH]</c>: creates a
/// session from a Polis open-data export, as <c>POST /api/sessions/import/polis</c> does (<see cref="PolisSessionImport"/>).
/// </summary>
internal static class ImportPolisCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var comments = new Option<string>("--comments") { Description = "Polis' comments.csv.", Required = true, HelpName = "FILE" };
        var votes = new Option<string>("--votes") { Description = "Polis' votes.csv.", Required = true, HelpName = "FILE" };
        var title = new Option<string?>("--title") { Description = "The new session's title (default: Polis conversation).", HelpName = "TEXT" };
        var prompt = new Option<string?>("--prompt") { Description = "The statements question's prompt, the conversation's topic.", HelpName = "TEXT" };
        var database = DatabaseLocation.CreateOption();
        var command = new Command("import-polis",
            "Create a session from a Polis conversation export: each comment a statement, each vote in the ledger; prints the session code and its keys.")
        {
            comments, votes, title, prompt, database,
        };
        command.SetAction((parseResult, cancellationToken) => CommandAction.RunAsync(parseResult, (stdout, stderr) => RunAsync(
            parseResult.GetRequiredValue(comments), parseResult.GetRequiredValue(votes), parseResult.GetValue(title), parseResult.GetValue(prompt),
            DatabaseLocation.Resolve(parseResult.GetValue(database), environment), stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task RunAsync(string commentsPath, string votesPath, string? title, string? prompt, string databasePath,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Read and checked before the database is touched, so a bad file leaves no session (and no database) behind.
        PolisSessionImport import;
        using (var comments = Open(commentsPath))
        using (var votes = Open(votesPath))
            import = PolisSessionImport.Read(comments, votes);

        await using var silo = await CliSilo.StartAsync(databasePath, error, cancellationToken);
        var created = await import.CreateAsync(silo.Grains, title, prompt);
        await output.WriteLineAsync($"Created session {created.Session.Code} in {databasePath}: {import.Statements.Length} statements, {import.Votes.Length} votes.");
        await output.WriteLineAsync($"Moderator key: {created.ModeratorKey}");
        await output.WriteLineAsync($"View key: {created.ViewKey}");
    }

    private static StreamReader Open(string path)
    {
        try
        {
            return File.OpenText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read {Path.GetFullPath(path)}: {e.Message}");
        }
    }
}
