namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// Where screenshots go. A test run writes them next to the test assembly (bin/…/screenshots), so running the tests
/// leaves the working tree clean; only an explicit refresh (docs/screenshots/refresh.sh, which sets
/// <see cref="RefreshVariable"/>) writes the documentation's copies in docs/screenshots.
/// </summary>
internal static class Screenshots
{
    public const string RefreshVariable = "CONSENSUSLAB_REFRESH_SCREENSHOTS";

    /// <summary>The test output's screenshots folder, or docs/screenshots when the refresh was asked for.</summary>
    public static string Folder()
    {
        var folder = Environment.GetEnvironmentVariable(RefreshVariable) == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A screenshot that only helps to look into a failure: always in the test output, never in docs.</summary>
    public static string OutputPath(string file)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, file);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConsensusLab.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ConsensusLab.sln not found above the test assembly.");
    }
}
