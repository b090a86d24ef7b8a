using System.Security.Cryptography;

namespace ConsensusLab.Domain.Sessions;

/// <summary>Short join codes that survive being read aloud and typed on a phone.</summary>
public static class SessionCode
{
    // No 0/O, 1/I/L: codes are read off a projector at the back of a room.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Number of characters in a code: 31^6 ≈ 887 million codes.</summary>
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and trims what a participant typed; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        var code = typed?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(Alphabet.Contains) ? code : null;
    }
}
