namespace ConsensusLab.Reporting.Tests;

/// <summary>A fresh temporary directory for an export, deleted with its files when the test ends.</summary>
internal sealed class ExportDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"consensuslab-export-{Guid.NewGuid():N}");

    /// <summary>Exports the sample session into the directory.</summary>
    public Task ExportSampleAsync() => ExportAsync(SampleArchive.Build());

    public Task ExportAsync(SessionArchive archive) => SessionExporter.ExportAsync(archive, Path, CancellationToken.None);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
