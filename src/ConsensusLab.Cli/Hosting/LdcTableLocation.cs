using System.CommandLine;
using ConsensusLab.Domain.Countries;

namespace ConsensusLab.Cli.Hosting;

/// <summary>
/// The LDC graduation table the participation figures use: --ldc-graduations, else the server's setting
/// Reference:LdcGraduations from the environment (Reference__LdcGraduations), else the table shipped with ConsensusLab;
/// so the command line counts as the server does.
/// </summary>
internal static class LdcTableLocation
{
    public const string EnvironmentVariable = "Reference__LdcGraduations";

    public static Option<string?> CreateOption() => new("--ldc-graduations")
    {
        Description = $"A CSV of LDC graduation dates (default: ${EnvironmentVariable} if set, else the bundled table).",
        HelpName = "PATH",
    };

    public static LdcGraduations Load(string? option, Func<string, string?> environment)
    {
        var path = !string.IsNullOrWhiteSpace(option) ? option : environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(path))
            return LdcGraduations.Bundled;
        try
        {
            return LdcGraduations.LoadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException($"Cannot read the LDC graduation table {Path.GetFullPath(path)}: {e.Message}");
        }
    }
}
