using System.Text.RegularExpressions;
using ConsensusLab.Grains;

namespace ConsensusLab.Server.Api;

/// <summary>The rules for a series name: short, in lower case, safe in a URL, a CSV cell and a file name.</summary>
internal static partial class SeriesName
{
    /// <summary>The name in lower case, or a 422 rejection saying what a name may hold.</summary>
    public static string Require(string? name) =>
        name?.Trim().ToLowerInvariant() is { } normalized && Allowed().IsMatch(normalized)
            ? normalized
            : throw new CommandRejectedException(Rejection.Invalid, "Invalid series name",
                "Give 'series': 1 to 64 letters, digits, '.', '-' or '_', such as \"igf-enhanced-cooperation\".");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex Allowed();
}
