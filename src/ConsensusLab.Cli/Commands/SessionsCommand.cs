using System.CommandLine;
using ConsensusLab.Cli.Hosting;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Cli.Commands;

/// <summary><c>consensuslab sessions [--database PATH]</c>: one line per session with its code, status and title.</summary>
internal static class SessionsCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var database = DatabaseLocation.CreateOption();
        var command = new Command("sessions", "List the sessions of a database: code, status and title, oldest first.") { database };
        command.SetAction((parseResult, cancellationToken) => CommandAction.RunAsync(parseResult, (stdout, stderr) => RunAsync(
            DatabaseLocation.Resolve(parseResult.GetValue(database), environment), stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task RunAsync(string databasePath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var store = await CliStore.OpenAsync(databasePath, error, cancellationToken);
        var sessions = new List<SessionSnapshot>();
        await foreach (var session in store.Sessions.ReadAllAsync(cancellationToken))
            sessions.Add(session);
        if (sessions.Count == 0)
        {
            await output.WriteLineAsync($"No sessions in {databasePath}.");
            return;
        }
        await output.WriteLineAsync($"{"CODE",-8} {"STATUS",-7} TITLE");
        foreach (var session in sessions.OrderBy(s => s.CreatedAt).ThenBy(s => s.Code, StringComparer.Ordinal))
            await output.WriteLineAsync($"{session.Code,-8} {session.Status.ToString().ToLowerInvariant(),-7} {session.Definition.Title}");
    }
}
