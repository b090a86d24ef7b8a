using ConsensusLab.Server.ApiDocs;

namespace ConsensusLab.Server.Extensions;

internal static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json: enums as their strings, the credentials, and every refusal.</summary>
    public static IServiceCollection AddConsensusOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(EnumSchemas.DescribeAsync);
            options.AddDocumentTransformer(SecuritySchemes.DescribeAsync);
            options.AddOperationTransformer(SecurityRequirements.DescribeAsync);
            options.AddOperationTransformer(ProblemResponses.DescribeAsync);
        });
}
