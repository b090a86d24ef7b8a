using System.Collections.Concurrent;
using System.Text.Json;

namespace ConsensusLab.Server.Samples;

/// <summary>
/// The moderator keys of the sample sessions, kept in a file beside the database (Samples:KeysFile, readable by the
/// server's user only) so that the links the banner prints, and the ones a moderator bookmarked, work across restarts.
/// The store keeps only the keys' hashes; deleting the file gives the samples new keys at the next start.
/// </summary>
internal sealed class SampleKeys(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, (string ModeratorKey, string ViewKey)> _keys = new(StringComparer.Ordinal);

    private string FilePath => Path.GetFullPath(configuration["Samples:KeysFile"]
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configuration["Storage:Path"] ?? "data/consensuslab.db"))!, "sample-keys.json"));

    /// <summary>The moderator key kept for <paramref name="code"/>, if any.</summary>
    public string? Kept(string code) => Read().GetValueOrDefault(code);

    /// <summary>Remembers the keys for the banner and keeps the moderator key in the file.</summary>
    public void Set(string code, string moderatorKey, string viewKey)
    {
        _keys[code] = (moderatorKey, viewKey);
        var kept = Read();
        if (kept.GetValueOrDefault(code) == moderatorKey)
            return;
        kept[code] = moderatorKey;
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new FileStream(FilePath, options);
        JsonSerializer.Serialize(file, kept);
    }

    public (string ModeratorKey, string ViewKey)? Of(string code) => _keys.TryGetValue(code, out var keys) ? keys : null;

    private Dictionary<string, string> Read()
    {
        try
        {
            using var file = File.OpenRead(FilePath);
            return JsonSerializer.Deserialize<Dictionary<string, string>>(file) ?? [];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return [];
        }
    }
}
