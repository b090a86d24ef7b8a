using System.Security.Cryptography;
using System.Text;

namespace ConsensusLab.Grains.Participants;

/// <summary>
/// Participant tokens: 256 random bits, shown to the participant once and stored only as their SHA-256 hash, so a
/// copy of the database lets nobody answer as someone else.
/// </summary>
public static class ParticipantToken
{
    private const string PseudonymAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A per-session pseudonym: random, so it reveals neither the person nor the order of joining.</summary>
    public static string NewPseudonym() => "P-" + RandomNumberGenerator.GetString(PseudonymAlphabet, 8);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
