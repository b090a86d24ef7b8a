using System.CommandLine;

namespace ConsensusLab.Cli.Hosting;

/// <summary>
/// Where the SQLite database is: --database, else the server's setting Storage:Path from the environment
/// (Storage__Path), else the server's default data/consensuslab.db under the current directory.
/// </summary>
internal static class DatabaseLocation
{
    public const string DefaultPath = "data/consensuslab.db";
    public const string EnvironmentVariable = "Storage__Path";

    public static Option<string?> CreateOption() => new("--database")
    {
        Description = $"The SQLite database file (default: ${EnvironmentVariable} if set, else {DefaultPath}).",
        HelpName = "PATH",
    };

    /// <summary>The full path of the database to open.</summary>
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        var path = !string.IsNullOrWhiteSpace(option) ? option
            : environment(EnvironmentVariable) is { Length: > 0 } configured ? configured
            : DefaultPath;
        return Path.GetFullPath(path);
    }
}
