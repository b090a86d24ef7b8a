namespace ConsensusLab.Reporting.Tests.Report;

/// <summary>A test that needs Chromium: skipped, saying why, on a machine without it (it is installed here and in CI).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPdf.DefaultPath))
            Skip = $"Chromium is not installed at {ChromiumPdf.DefaultPath}, so no PDF can be printed.";
    }
}
