namespace ConsensusLab.Server.ApiDocs;

/// <summary>
/// Endpoint metadata naming one credential an operation accepts, for the OpenAPI document only: the handlers check
/// access themselves (<see cref="Api.ModeratorAccess"/>, <see cref="Api.ParticipantAuthentication"/>), and this
/// metadata changes nothing in what they admit.
/// </summary>
/// <param name="Scheme">A name from <see cref="SecuritySchemes"/>, or null when the operation also answers without any.</param>
internal sealed record AcceptedCredential(string? Scheme);
