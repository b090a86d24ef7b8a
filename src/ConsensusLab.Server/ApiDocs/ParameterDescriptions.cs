using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsensusLab.Server.ApiDocs;

/// <summary>
/// Describes the route and query parameters by name: the same name means the same thing on every route, so an endpoint
/// added later is described without a line of its own.
/// </summary>
internal static class ParameterDescriptions
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["code"] = "The session code, six letters and digits as shown in the room (upper or lower case).",
        ["questionId"] = "The question's id in the session definition.",
        ["group"] = "A stakeholder group's code in the session definition.",
        ["round"] = "A round of the question, from 1 to its current round.",
        ["file"] = "The export's file name.",
        ["meters"] = "false leaves the meters out of the stream (the session view only).",
        ["lang"] = "The report's language: ar, en, es, fr, ru or zh (default en).",
        ["format"] = "html (the default) or pdf, printed by headless Chromium.",
        ["statementId"] = "A statement's number in a statements question (from 0: seeded statements first).",
        ["revisit"] = "true serves again the statements this participant was served and left without a vote.",
    };

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters ?? [])
            if (parameter is OpenApiParameter { Description: null or "" } concrete && concrete.Name is { } name
                && ByName.TryGetValue(name, out var description))
                concrete.Description = description;
        return Task.CompletedTask;
    }
}
