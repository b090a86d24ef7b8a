using ConsensusLab.Server.ApiDocs;

namespace ConsensusLab.Server.Extensions;

internal static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json: enums as their strings, the credentials, and every refusal.</summary>
    public static IServiceCollection AddConsensusOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ConsensusLab API";
                document.Info.Description = "Sessions, questions, participants' answers and the consensus meters. Served with this document: "
                    + "the reference page at /api-docs.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(EnumSchemas.DescribeAsync);
            options.AddDocumentTransformer(SecuritySchemes.DescribeAsync);
            options.AddOperationTransformer(SecurityRequirements.DescribeAsync);
            options.AddOperationTransformer(ProblemResponses.DescribeAsync);
            options.AddOperationTransformer(ParameterDescriptions.DescribeAsync);
        });
}
