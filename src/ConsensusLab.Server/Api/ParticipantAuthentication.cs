using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains;

namespace ConsensusLab.Server.Api;

/// <summary>Finds the participant behind the request's bearer token and checks that it belongs to the session.</summary>
internal sealed class ParticipantAuthentication(ParticipantDirectory directory)
{
    private const string Scheme = "Bearer ";

    /// <summary>The bearer token of the request, or null.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length && header.Length <= 200
            ? header[Scheme.Length..].Trim()
            : null;
    }

    public async Task<Participant> RequireAsync(HttpRequest request, string sessionCode, CancellationToken cancellationToken)
    {
        if (TokenOf(request) is null)
            throw new CommandRejectedException(Rejection.Unauthenticated, "Participant token required",
                "Send the token you received on joining as 'Authorization: Bearer <token>'.");
        var participant = await directory.FindAsync(TokenOf(request)!, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.Unauthenticated, "Unknown participant token", "The token is not known; join the session again.");
        if (participant.WithdrawnAt is not null)
            throw new CommandRejectedException(Rejection.Unauthenticated, "Participant withdrew", "This participant withdrew from the session.");
        return participant.SessionCode == sessionCode
            ? participant
            : throw new CommandRejectedException(Rejection.Forbidden, "Token of another session",
                $"The token belongs to another session, not to {sessionCode}.");
    }
}
