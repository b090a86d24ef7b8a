using System.CommandLine;
using ConsensusLab.Cli.Hosting;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Reporting;

namespace ConsensusLab.Cli.Commands;

/// <summary>
/// <c>consensuslab report --session CODE [--out FILE] [--lang ar] [--pdf] [--database PATH]</c>: writes the rapporteur's
/// report as one HTML file, or as PDF through headless Chromium.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Chromium's path, as the server's setting Reporting:ChromiumPath is given in the environment.</summary>
    public const string ChromiumVariable = "Reporting__ChromiumPath";

    public static Command Create(Func<string, string?> environment)
    {
        var session = new Option<string>("--session") { Description = "The session's join code.", Required = true, HelpName = "CODE" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: CODE-report.html, or .pdf with --pdf).", HelpName = "FILE" };
        var language = new Option<string>("--lang")
        {
            Description = $"The report's language: {string.Join(", ", ReportLanguages.Codes)}.",
            DefaultValueFactory = _ => ReportLanguages.Default,
            HelpName = "LANG",
        };
        language.AcceptOnlyFromAmong([.. ReportLanguages.Codes]);
        var pdf = new Option<bool>("--pdf") { Description = $"Write PDF, printed by headless Chromium (${ChromiumVariable}, default {ChromiumPdf.DefaultPath})." };
        var database = DatabaseLocation.CreateOption();
        var ldcGraduations = LdcTableLocation.CreateOption();
        var command = new Command("report", "Write a session's report for the rapporteur: participation, every question with charts, methods; HTML or PDF.")
        {
            session, output, language, pdf, database, ldcGraduations,
        };
        command.SetAction((parseResult, cancellationToken) => CommandAction.RunAsync(parseResult, (stdout, stderr) => RunAsync(
            new Request(parseResult.GetRequiredValue(session), parseResult.GetValue(output), parseResult.GetRequiredValue(language),
                parseResult.GetValue(pdf) ? new ChromiumPdf(environment(ChromiumVariable) is { Length: > 0 } path ? path : ChromiumPdf.DefaultPath) : null),
            DatabaseLocation.Resolve(parseResult.GetValue(database), environment),
            LdcTableLocation.Load(parseResult.GetValue(ldcGraduations), environment), stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task RunAsync(Request request, string databasePath, LdcGraduations ldcGraduations,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var archive = await CliStore.LoadArchiveAsync(request.Code, databasePath, ldcGraduations, error, cancellationToken);

        var html = SessionReport.Html(archive, request.Language);
        var target = Path.GetFullPath(request.Output ?? $"{archive.Session.Code}-report.{(request.Pdf is null ? "html" : "pdf")}");
        try
        {
            if (request.Pdf is { } printer)
                await File.WriteAllBytesAsync(target, await printer.PrintAsync(html, cancellationToken), cancellationToken);
            else
                await File.WriteAllTextAsync(target, html, cancellationToken);
        }
        catch (PdfUnavailableException e)
        {
            throw new CliException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot write the report to {target}: {e.Message}");
        }
        await output.WriteLineAsync($"Wrote {target}");
    }

    private sealed record Request(string Code, string? Output, string Language, ChromiumPdf? Pdf);
}
