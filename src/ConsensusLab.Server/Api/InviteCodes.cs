using System.Security.Cryptography;
using System.Text;

namespace ConsensusLab.Server.Api;

/// <summary>Invite codes: ten characters that survive being read out or printed on a badge; stored only as hashes.</summary>
internal static class InviteCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);

    public static string Hash(string code) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
