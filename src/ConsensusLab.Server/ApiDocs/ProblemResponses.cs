using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsensusLab.Server.ApiDocs;

/// <summary>
/// Adds the refusals that come from the pipeline rather than the handler — the rate limiter on every operation, the
/// body checks on those that take one — and says for each problem status what it means in this API.
/// </summary>
internal static class ProblemResponses
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["400"] = "Malformed JSON, or a body that is missing.",
        ["401"] = "No credential, or one the server does not know (a withdrawn participant's token, say).",
        ["403"] = "A credential that does not give this access (a view key where the moderator key is needed, a token of another session).",
        ["404"] = "No such session, question, group, round, template or export.",
        ["409"] = "The request does not fit the current state (a question not open, a session closed, an invite used up).",
        ["413"] = "The body is larger than the server takes.",
        ["415"] = "The body is not application/json.",
        ["422"] = "The request is well formed but invalid (a value out of range, an unknown group or country); the detail says which field.",
        ["429"] = "Too many requests from this address or token; Retry-After says when to try again.",
        ["503"] = "The store is failing or the item is moving to another silo; nothing was saved, retry the same request after Retry-After.",
    };

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        // One shared ProblemDetails schema, the one ProducesProblem refers to (adding it again changes nothing).
        context.Document!.AddComponent(nameof(ProblemDetails), await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        var problem = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document);
        Add(operation, problem, "429");
        if (operation.RequestBody is not null)
            foreach (var status in new[] { "400", "413", "415" })
                Add(operation, problem, status);
        foreach (var (status, response) in operation.Responses)
            if (Meanings.TryGetValue(status, out var meaning) && response is OpenApiResponse concrete)
                concrete.Description = meaning;
    }

    private static void Add(OpenApiOperation operation, IOpenApiSchema problem, string status) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/problem+json"] = new() { Schema = problem } },
        });
}
