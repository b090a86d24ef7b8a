using ConsensusLab.Server.Api;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsensusLab.Server.ApiDocs;

/// <summary>
/// Lists on each operation the credentials its endpoint accepts (<see cref="AcceptedCredential"/> metadata), each one an
/// alternative: OpenAPI reads several requirement objects as "any one of these", and an empty one as "or none".
/// </summary>
internal static class SecurityRequirements
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var accepted = context.Description.ActionDescriptor.EndpointMetadata.OfType<AcceptedCredential>().Distinct().ToList();
        // Without Sessions:CreationKey anyone who reaches the server creates sessions: say so rather than ask for a key.
        if (accepted.Contains(new AcceptedCredential(SecuritySchemes.CreationKey))
            && !context.ApplicationServices.GetRequiredService<SessionCreation>().RequiresKey)
        {
            accepted = [new AcceptedCredential(null)];
            operation.Responses?.Remove("401");
            operation.Responses?.Remove("403");
        }
        if (accepted.Count == 0)
            return Task.CompletedTask;
        operation.Security = [.. accepted.Select(a => a.Scheme is null
            ? new OpenApiSecurityRequirement()
            : new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(a.Scheme, context.Document)] = [] })];
        return Task.CompletedTask;
    }
}
