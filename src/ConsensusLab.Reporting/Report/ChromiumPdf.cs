using System.Diagnostics;

namespace ConsensusLab.Reporting;

/// <summary>
/// Prints a report's HTML to PDF with headless Chromium. No PDF library served to this project lays out HTML with SVG
/// and shapes Arabic (docs/operations.md lists what was checked), and Chromium prints exactly what the browser shows,
/// honouring the report's @page rules. The HTML goes through a temporary file, removed afterwards.
/// </summary>
/// <param name="executable">Chromium's path (setting Reporting:ChromiumPath; <see cref="DefaultPath"/> by default).</param>
public sealed class ChromiumPdf(string executable)
{
    /// <summary>Where Debian and Ubuntu install Chromium.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>How long a print may take before it is abandoned: a report is a few pages, so this is generous.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public string Executable { get; } = executable;

    /// <summary>Whether the configured Chromium exists.</summary>
    public bool IsAvailable => File.Exists(Executable);

    /// <summary>The PDF of <paramref name="html"/>.</summary>
    /// <exception cref="PdfUnavailableException">Chromium is not installed at <see cref="Executable"/>, failed or timed out.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
            throw new PdfUnavailableException($"PDF needs Chromium, which is not installed at {Executable} (setting Reporting:ChromiumPath); the HTML report works without it.");
        var directory = Directory.CreateTempSubdirectory("consensuslab-report-");
        try
        {
            var input = Path.Combine(directory.FullName, "report.html");
            var output = Path.Combine(directory.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            // A profile of its own in the temporary directory: a print never touches, or waits for, a user's browser.
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                         $"--user-data-dir={Path.Combine(directory.FullName, "profile")}", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri })
                start.ArgumentList.Add(argument);
            await RunAsync(start, cancellationToken);
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
                throw new PdfUnavailableException($"Chromium at {Executable} did not write a PDF.");
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private async Task RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new PdfUnavailableException($"Chromium at {Executable} did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        // Both pipes are drained while waiting, so a chatty Chromium cannot fill one and stall.
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(stderr, stdout);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
                throw;
            throw new PdfUnavailableException($"Chromium at {Executable} did not finish the PDF within {Timeout.TotalSeconds:0} seconds.");
        }
        if (process.ExitCode != 0)
            throw new PdfUnavailableException($"Chromium at {Executable} failed (exit code {process.ExitCode}): {(await stderr).Trim().Split('\n').LastOrDefault()}");
    }
}
