using ConsensusLab.Grains;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>
/// Reads the key a request presents — the X-Moderator-Key header, or the `key` query parameter for what a browser
/// cannot send headers with (live channel, export links) — and says what it grants in the session.
/// </summary>
internal static class ModeratorAccess
{
    public const string Header = "X-Moderator-Key";

    /// <summary>The key the request presents, if any.</summary>
    public static string PresentedKey(HttpRequest request) =>
        request.Headers[Header].ToString() is { Length: > 0 } header ? header : request.Query["key"].ToString();

    /// <summary>
    /// Every key the request presents: the header may carry several, comma-separated (keys are base64url), and `key` may
    /// repeat. A comparison across sessions reads each session that one of them opens.
    /// </summary>
    public static IReadOnlyList<string> PresentedKeys(HttpRequest request) =>
    [
        .. request.Headers[Header].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        .. request.Query["key"].Where(k => !string.IsNullOrEmpty(k)).Select(k => k!),
    ];

    /// <summary>The most any presented key grants in the session.</summary>
    public static AccessLevel LevelOf(HttpRequest request, SessionSnapshot session)
    {
        var level = AccessLevel.Public;
        foreach (var presented in PresentedKeys(request))
        {
            if (AccessKeys.Matches(presented, session.Keys?.ModeratorKeyHash))
                return AccessLevel.Moderator;
            if (AccessKeys.Matches(presented, session.Keys?.ViewKeyHash))
                level = AccessLevel.Viewer;
        }
        return level;
    }

    /// <summary>Refuses the request unless it carries the session's moderator key.</summary>
    public static void RequireModerator(this HttpRequest request, SessionSnapshot session) =>
        Require(request, session, AccessLevel.Moderator);

    /// <summary>Refuses the request unless it carries the moderator key or the view key.</summary>
    public static void RequireViewer(this HttpRequest request, SessionSnapshot session) =>
        Require(request, session, AccessLevel.Viewer);

    private static void Require(HttpRequest request, SessionSnapshot session, AccessLevel needed)
    {
        var level = LevelOf(request, session);
        if (level >= needed)
            return;
        var hasKey = request.Headers.ContainsKey(Header) || request.Query.ContainsKey("key");
        throw new CommandRejectedException(hasKey ? Rejection.Forbidden : Rejection.Unauthenticated,
            needed == AccessLevel.Moderator ? "Moderator key required" : "View key required",
            hasKey
                ? $"The key does not give {(needed == AccessLevel.Moderator ? "moderator" : "view")} access to session {session.Code}."
                : $"Send the session's {(needed == AccessLevel.Moderator ? "moderator" : "moderator or view")} key in the {Header} header.");
    }
}
