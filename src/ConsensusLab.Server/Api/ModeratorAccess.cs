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

    /// <summary>The keys of the other sessions a comparison may show.</summary>
    public const string LinkedKeysHeader = "X-Linked-Keys";

    /// <summary>The key the request presents, if any.</summary>
    public static string PresentedKey(HttpRequest request) =>
        request.Headers[Header].ToString() is { Length: > 0 } header ? header : request.Query["key"].ToString();

    public static AccessLevel LevelOf(HttpRequest request, SessionSnapshot session)
    {
        var presented = PresentedKey(request);
        if (AccessKeys.Matches(presented, session.Keys?.ModeratorKeyHash))
            return AccessLevel.Moderator;
        return AccessKeys.Matches(presented, session.Keys?.ViewKeyHash) ? AccessLevel.Viewer : AccessLevel.Public;
    }

    /// <summary>
    /// Whether the request may see another session of a comparison: its own key, or one of the keys it lists in the
    /// X-Linked-Keys header (comma-separated; keys are base64url) or in repeated `linkedKey` query parameters, is that
    /// session's moderator or view key. The session's own key header keeps taking exactly one key.
    /// </summary>
    public static bool OpensLinked(HttpRequest request, SessionSnapshot session)
    {
        IEnumerable<string> keys =
        [
            PresentedKey(request),
            .. request.Headers[LinkedKeysHeader].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            .. request.Query["linkedKey"].Select(k => k ?? ""),
        ];
        return keys.Any(k => AccessKeys.Matches(k, session.Keys?.ModeratorKeyHash) || AccessKeys.Matches(k, session.Keys?.ViewKeyHash));
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
