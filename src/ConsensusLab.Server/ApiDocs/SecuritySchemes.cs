using ConsensusLab.Server.Api;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsensusLab.Server.ApiDocs;

/// <summary>The credentials of the API, as the components.securitySchemes of the OpenAPI document.</summary>
internal static class SecuritySchemes
{
    public const string ModeratorKey = "moderatorKey";
    public const string ViewKey = "viewKey";
    public const string KeyInQuery = "keyInQuery";
    public const string ParticipantToken = "participantToken";
    public const string CreationKey = "creationKey";

    private static readonly Dictionary<string, OpenApiSecurityScheme> All = new(StringComparer.Ordinal)
    {
        [ModeratorKey] = Header(ModeratorAccess.Header,
            "The session's moderator key, returned once when the session is created: it opens, closes, reveals, exports and sees every figure."),
        // The view key travels in the same header as the moderator key: the server tells them apart by which hash matches.
        [ViewKey] = Header(ModeratorAccess.Header,
            "The session's view key (for a projector), sent in the same header as the moderator key: every meter, no control, no raw answers."),
        [KeyInQuery] = new()
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = "key",
            Description = "The moderator or view key as the `key` query parameter, for what a browser opens without headers "
                + "(the live EventSource, an export link); it grants what the key grants.",
        },
        [ParticipantToken] = new()
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The participant's token from POST /api/sessions/{code}/participants, as 'Authorization: Bearer <token>'; "
                + "it stops working once the participant withdraws.",
        },
        [CreationKey] = Header(SessionCreation.Header,
            "The operator's creation key: required to create sessions only when the server sets Sessions:CreationKey; it grants nothing else."),
    };

    /// <summary>Adds every scheme to the document's components, so operations can refer to them by name.</summary>
    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        foreach (var (name, scheme) in All)
            document.Components.SecuritySchemes[name] = scheme;
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme Header(string header, string description) => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = header,
        Description = description,
    };
}
