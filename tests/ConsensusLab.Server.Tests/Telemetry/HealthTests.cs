using System.Net;

namespace ConsensusLab.Server.Tests.Telemetry;

/// <summary>Liveness, readiness and the old combined check answer reads only, and say what they checked.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Started_server_is_live_and_ready(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _server.Client.PostAsync(path, null)).StatusCode);
    }
}
