using ConsensusLab.Reporting;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>A test that prints a PDF: skipped, saying why, where Chromium is not installed (it is here and in CI).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPdf.DefaultPath))
            Skip = $"Chromium is not installed at {ChromiumPdf.DefaultPath}, so the server cannot print a PDF.";
    }
}
