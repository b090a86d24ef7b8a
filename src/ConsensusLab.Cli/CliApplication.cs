using System.CommandLine;
using ConsensusLab.Cli.Commands;

namespace ConsensusLab.Cli;

/// <summary>
/// The consensuslab command line: <c>export</c> writes a session's report files, <c>sessions</c> lists the sessions
/// of a database, <c>import-polis</c> and <c>export-polis</c> move a conversation between Polis and ConsensusLab. Output and environment are parameters so that tests run it in-process.
/// </summary>
internal static class CliApplication
{
    public static RootCommand Create(Func<string, string?> environment) =>
        new("ConsensusLab command-line tools: export a session's results and participation figures, list sessions, import and export Polis conversations.")
        {
            ExportCommand.Create(environment),
            ReportCommand.Create(environment),
            SessionsCommand.Create(environment),
            ImportPolisCommand.Create(environment),
            ExportPolisCommand.Create(environment),
        };

    /// <summary>Parses and runs a command line; returns the exit code (0 on success).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment,
        CancellationToken cancellationToken) =>
        Create(environment).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
}
