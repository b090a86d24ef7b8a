using System.Collections.Concurrent;

namespace ConsensusLab.Server.Samples;

/// <summary>The access keys given to the sample sessions at this start, so the banner can print working links.</summary>
internal sealed class SampleKeys
{
    private readonly ConcurrentDictionary<string, (string ModeratorKey, string ViewKey)> _keys = new(StringComparer.Ordinal);

    public void Set(string code, string moderatorKey, string viewKey) => _keys[code] = (moderatorKey, viewKey);

    public (string ModeratorKey, string ViewKey)? Of(string code) => _keys.TryGetValue(code, out var keys) ? keys : null;
}
