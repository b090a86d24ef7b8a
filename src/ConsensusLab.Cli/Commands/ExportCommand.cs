using System.CommandLine;
using ConsensusLab.Cli.Hosting;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Reporting;

namespace ConsensusLab.Cli.Commands;

/// <summary><c>consensuslab export --session CODE --out DIR [--database PATH]</c>: writes every export file (<see cref="SessionExporter.AllFileNames"/>).</summary>
internal static class ExportCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var session = new Option<string>("--session") { Description = "The session's join code.", Required = true, HelpName = "CODE" };
        var output = new Option<string>("--out")
        {
            Description = $"The directory to write {string.Join(", ", SessionExporter.FileNames)}, each CSV file as Parquet and "
                + $"{SessionExporter.WorkbookXlsx} into (created if needed).",
            Required = true,
            HelpName = "DIR",
        };
        var database = DatabaseLocation.CreateOption();
        var ldcGraduations = LdcTableLocation.CreateOption();
        var command = new Command("export", "Write a session's answers, per-question summary, participation figures and timelines as CSV, JSON, Parquet and an Excel workbook.")
        {
            session, output, database, ldcGraduations,
        };
        command.SetAction((parseResult, cancellationToken) => CommandAction.RunAsync(parseResult, (stdout, stderr) => RunAsync(
            parseResult.GetRequiredValue(session), parseResult.GetRequiredValue(output),
            DatabaseLocation.Resolve(parseResult.GetValue(database), environment),
            LdcTableLocation.Load(parseResult.GetValue(ldcGraduations), environment), stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task RunAsync(string typedCode, string directory, string databasePath, LdcGraduations ldcGraduations,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var archive = await CliStore.LoadArchiveAsync(typedCode, databasePath, ldcGraduations, error, cancellationToken);

        var target = Path.GetFullPath(directory);
        IReadOnlyList<string> written;
        try
        {
            written = await SessionExporter.ExportAsync(archive, target, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot write the export to {target}: {e.Message}");
        }
        foreach (var path in written)
            await output.WriteLineAsync($"Wrote {path}");
    }
}
