using System.CommandLine;
using System.Text.Json;
using ConsensusLab.Grains;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Cli.Commands;

/// <summary>
/// Runs a command's work and turns the failures a user can act on into one line on stderr and a non-zero exit code;
/// anything else is a bug and keeps its stack trace.
/// </summary>
internal static class CommandAction
{
    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, TextWriter, Task> work)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            await work(output, error);
            return ExitCodes.Success;
        }
        catch (Exception e) when (Message(e) is { } message)
        {
            await error.WriteLineAsync($"consensuslab: {message}");
            return ExitCodes.Failure;
        }
    }

    private static string? Message(Exception e) => e switch
    {
        CliException => e.Message,
        SqliteException sqlite => $"the database cannot be read: {sqlite.Message}",
        JsonException json => $"the database holds state this version cannot read: {json.Message}",
        CommandRejectedException rejected => rejected.Message,
        _ => null,
    };
}
