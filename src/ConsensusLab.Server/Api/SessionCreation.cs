using System.Security.Cryptography;
using System.Text;
using ConsensusLab.Grains;

namespace ConsensusLab.Server.Api;

/// <summary>
/// Who may create sessions. With Sessions:CreationKey set (a public server), only requests that present that key in
/// the X-Creation-Key header; without it (the embedded default in a room), anyone who reaches the server. The key is
/// the operator's, handed to the moderators of the forum; it grants nothing else.
/// </summary>
internal sealed class SessionCreation(IConfiguration configuration)
{
    public const string Header = "X-Creation-Key";

    private readonly byte[]? _key = configuration["Sessions:CreationKey"] is { Length: > 0 } key
        ? SHA256.HashData(Encoding.UTF8.GetBytes(key))
        : null;

    /// <summary>Whether creating a session needs the key (the pages ask for it then).</summary>
    public bool RequiresKey => _key is not null;

    /// <exception cref="CommandRejectedException">The key is required and missing (401) or wrong (403).</exception>
    public void Require(HttpRequest request)
    {
        if (_key is null)
            return;
        var presented = request.Headers[Header].ToString();
        if (presented.Length == 0)
            throw new CommandRejectedException(Rejection.Unauthenticated, "Creation key required",
                $"This server creates sessions for holders of its creation key: send it in the {Header} header.");
        // Hashes of equal length, compared in constant time: the comparison says nothing of the key.
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _key))
            throw new CommandRejectedException(Rejection.Forbidden, "Wrong creation key", "The creation key is not this server's.");
    }
}
