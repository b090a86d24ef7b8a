namespace ConsensusLab.Server.ApiDocs;

internal static class ApiProblems
{
    /// <summary>The application/problem+json refusals an endpoint gives, by status code, for the OpenAPI document.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
            builder.ProducesProblem(status);
        return builder;
    }
}
