namespace ConsensusLab.Cli.Tests;

/// <summary>The outcome of one in-process run of consensuslab.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs a command line with the given environment (none by default) and captures stdout and stderr.</summary>
    public static async Task<CliRun> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error, name => environment?.GetValueOrDefault(name), CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
