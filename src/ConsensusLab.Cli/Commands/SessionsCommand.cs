using System.CommandLine;
using System.Text.Json;
using ConsensusLab.Cli.Hosting;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Cli.Commands;

/// <summary><c>consensuslab sessions [--database PATH]</c>: one line per session with its code, status and title.</summary>
internal static class SessionsCommand
{
    // The grain state name of session grains: the grain type under which their rows are stored.
    private const string SessionGrainType = "session";

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
        var sessions = new List<(string Code, SessionState State)>();
        await foreach (var stored in store.GrainStates.ReadAllAsync(SessionGrainType, cancellationToken))
        {
            if (JsonSerializer.Deserialize<SessionState>(stored.Payload, GrainStateJson.Options) is { Definition: not null } state)
                sessions.Add((stored.Key, state));
        }
        if (sessions.Count == 0)
        {
            await output.WriteLineAsync($"No sessions in {databasePath}.");
            return;
        }
        await output.WriteLineAsync($"{"CODE",-8} {"STATUS",-7} TITLE");
        foreach (var (code, state) in sessions.OrderBy(s => s.State.CreatedAt).ThenBy(s => s.Code, StringComparer.Ordinal))
            await output.WriteLineAsync($"{code,-8} {state.Status.ToString().ToLowerInvariant(),-7} {state.Definition!.Title}");
    }
}
