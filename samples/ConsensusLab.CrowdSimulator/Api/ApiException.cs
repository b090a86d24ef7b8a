using System.Net;

namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>The server answered with an error status.</summary>
internal sealed class ApiException(HttpStatusCode status, string title)
    : Exception($"{(int)status} {status}{(title.Length > 0 ? $": {title}" : "")}")
{
    public HttpStatusCode Status { get; } = status;
}
