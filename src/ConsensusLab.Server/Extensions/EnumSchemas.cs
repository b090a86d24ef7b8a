using System.Text.Json;
using System.Text.Json.Nodes;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Describes the API's enums in the OpenAPI document as the strings <see cref="StrictEnumConverter"/> accepts: the
/// document generator cannot learn them from a custom converter and leaves their schemas empty.
/// </summary>
internal static class EnumSchemas
{
    private static readonly Dictionary<string, Type> Enums = new[] { typeof(SessionDefinition), typeof(WeightingScheme) }
        .SelectMany(t => t.Assembly.GetExportedTypes())
        .Where(t => t.IsEnum)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (schema is OpenApiSchema concrete && Enums.TryGetValue(name, out var type))
            {
                concrete.Type = JsonSchemaType.String;
                concrete.Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(n))];
            }
        }
        return Task.CompletedTask;
    }
}
