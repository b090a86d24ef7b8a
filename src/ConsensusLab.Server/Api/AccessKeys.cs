using System.Security.Cryptography;
using System.Text;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>Makes a session's access keys and checks presented ones against the stored hashes.</summary>
internal static class AccessKeys
{
    /// <summary>New moderator and view keys, and the hashes to store.</summary>
    public static (string ModeratorKey, string ViewKey, SessionKeys Hashes) New()
    {
        var moderator = Random();
        var view = Random();
        return (moderator, view, new SessionKeys(Hash(moderator), Hash(view)));
    }

    public static bool Matches(string? presented, string? storedHash) =>
        presented is { Length: > 0 and <= 200 } && storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Hash(string key) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
