using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Participants;

namespace ConsensusLab.Server.Api;

/// <summary>Finds the participant behind the request's bearer token and checks that it belongs to the session.</summary>
internal sealed class ParticipantAuthentication(ParticipantDirectory directory)
{
    private const string Scheme = "Bearer ";

    public async Task<Participant> RequireAsync(HttpRequest request, string sessionCode, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length <= Scheme.Length || header.Length > 200)
            throw new CommandRejectedException(Rejection.Unauthenticated, "Participant token required",
                "Send the token you received on joining as 'Authorization: Bearer <token>'.");
        var participant = await directory.FindAsync(header[Scheme.Length..].Trim(), cancellationToken)
            ?? throw new CommandRejectedException(Rejection.Unauthenticated, "Unknown participant token", "The token is not known; join the session again.");
        return participant.SessionCode == sessionCode
            ? participant
            : throw new CommandRejectedException(Rejection.Forbidden, "Token of another session",
                $"The token belongs to another session, not to {sessionCode}.");
    }
}
