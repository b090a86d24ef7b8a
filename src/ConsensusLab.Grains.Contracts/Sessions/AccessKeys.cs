using System.Security.Cryptography;
using System.Text;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// Makes a session's access keys and checks presented ones against the stored hashes. Beside the hashes, because the
/// server and the command line both create sessions.
/// </summary>
public static class AccessKeys
{
    /// <summary>New moderator and view keys, and the hashes to store.</summary>
    public static (string ModeratorKey, string ViewKey, SessionKeys Hashes) New() => From(Random());

    /// <summary>The view key and the hashes to store for a moderator key made earlier.</summary>
    public static (string ModeratorKey, string ViewKey, SessionKeys Hashes) From(string moderatorKey)
    {
        var view = ViewKeyOf(moderatorKey);
        return (moderatorKey, view, new SessionKeys(Hash(moderatorKey), Hash(view)));
    }

    /// <summary>
    /// The view key follows from the moderator key (a one-way derivation), so a moderator who opens the console in
    /// another browser gets the projector link back without the server keeping either key; a view key reveals nothing
    /// of the moderator key.
    /// </summary>
    public static string ViewKeyOf(string moderatorKey) =>
        Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes("consensuslab-view:" + moderatorKey)))[..32];

    public static bool Matches(string? presented, string? storedHash) =>
        presented is { Length: > 0 and <= 200 } && storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Hash(string key) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Random() => Base64Url(RandomNumberGenerator.GetBytes(24));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
