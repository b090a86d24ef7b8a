using System.Net;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>The Orleans dashboard is for operators on the machine itself: off by default, and never served to a remote client.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task Dashboard_is_off_unless_configured()
    {
        await using var server = new ConsensusServer();
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(new Uri("/dashboard", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Configured_dashboard_answers_the_machine_itself_and_nobody_behind_a_proxy()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-dashboard-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(directory, "store.db"),
                new Dictionary<string, string> { ["Orleans:Dashboard"] = "true" });
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/dashboard/", UriKind.Relative))).StatusCode);

            // nginx on this machine passes the client's address on; the dashboard is not for that client.
            using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
            forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
            Assert.Equal(HttpStatusCode.NotFound, (await server.Client.SendAsync(forwarded)).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
