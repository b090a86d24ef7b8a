using System.Text;
using System.Text.RegularExpressions;

namespace ConsensusLab.Reporting.Tests.Report;

/// <summary>The report prints to PDF through headless Chromium, with its page breaks.</summary>
public sealed partial class ChromiumPdfTests
{
    /// <summary>
    /// The sample's pages: the title page; participation with the first question; the second question, which does not
    /// fit under the first and is never cut in two; the methods appendix, which starts a page.
    /// </summary>
    private const int SamplePages = 4;

    [ChromiumFact]
    public async Task The_report_prints_to_a_pdf_with_its_title_body_and_methods_pages()
    {
        var html = SessionReport.Html(ReportSample.Archive(), "en");

        var pdf = await new ChromiumPdf(ChromiumPdf.DefaultPath).PrintAsync(html, CancellationToken.None);

        // Kept beside the test binaries, so that a reviewer can open what was printed.
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "report-sample-en.pdf"), pdf);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "report-sample-en.html"), html);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(SamplePages, PageObject().Count(Encoding.Latin1.GetString(pdf)));
    }

    [ChromiumFact]
    public async Task The_arabic_report_prints_too()
    {
        var pdf = await new ChromiumPdf(ChromiumPdf.DefaultPath).PrintAsync(SessionReport.Html(ReportSample.Archive(), "ar"), CancellationToken.None);

        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "report-sample-ar.pdf"), pdf);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(SamplePages, PageObject().Count(Encoding.Latin1.GetString(pdf)));
    }

    [Fact]
    public async Task Without_chromium_the_pdf_is_refused_with_the_setting_to_change()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-chromium");

        var error = await Assert.ThrowsAsync<PdfUnavailableException>(() => new ChromiumPdf(missing).PrintAsync("<p>x</p>", CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("Reporting:ChromiumPath", error.Message, StringComparison.Ordinal);
    }

    // "/Type /Page" and not "/Type /Pages" (the page tree): one per printed page.
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
