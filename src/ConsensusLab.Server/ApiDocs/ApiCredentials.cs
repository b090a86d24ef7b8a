namespace ConsensusLab.Server.ApiDocs;

/// <summary>
/// Says on an endpoint's registration which credentials it takes, so the OpenAPI document lists them and the refusals
/// (401 without one, 403 with one that does not fit) they bring. Documentation only: access is checked in the handler.
/// </summary>
internal static class ApiCredentials
{
    /// <summary>The session's moderator key (X-Moderator-Key) is required.</summary>
    public static TBuilder RequireModeratorKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Accepts(SecuritySchemes.ModeratorKey).Refusals();

    /// <summary>The moderator key or the projector's view key is required.</summary>
    public static TBuilder RequireViewKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Accepts(SecuritySchemes.ModeratorKey, SecuritySchemes.ViewKey).Refusals();

    /// <summary>Anyone may call; the moderator or view key shows more (every meter, the projector link).</summary>
    public static TBuilder AcceptsOptionalKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Accepts(null, SecuritySchemes.ModeratorKey, SecuritySchemes.ViewKey);

    /// <summary>The key may come as the `key` query parameter, for what a browser opens without headers (EventSource, a download link).</summary>
    public static TBuilder AcceptsKeyInQuery<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Accepts(SecuritySchemes.KeyInQuery);

    /// <summary>The participant's bearer token from joining is required, and must be of this session.</summary>
    public static TBuilder RequireParticipantToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Accepts(SecuritySchemes.ParticipantToken).Refusals();

    /// <summary>The operator's creation key is required when the server sets Sessions:CreationKey.</summary>
    public static TBuilder RequireCreationKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Accepts(SecuritySchemes.CreationKey).Refusals();

    private static TBuilder Accepts<TBuilder>(this TBuilder builder, params string?[] schemes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. schemes.Select(s => new AcceptedCredential(s))]);

    private static TBuilder Refusals<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
