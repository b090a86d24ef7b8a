namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Endpoint metadata: a successful request of this endpoint writes its request-log line at Debug, not Information.
/// Answers and votes arrive thousands a second in a plenary; the answer metrics count every one of them
/// (operations.md, "Metrics"), and a console line apiece would cost the server more than the answer itself. Their
/// refusals and failures are logged as any other request's.
/// </summary>
internal sealed record QuietRequestLog
{
    public static readonly QuietRequestLog Instance = new();

    private QuietRequestLog() { }
}

internal static class QuietRequestLogExtensions
{
    public static TBuilder LogSuccessAtDebug<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(QuietRequestLog.Instance);
}
