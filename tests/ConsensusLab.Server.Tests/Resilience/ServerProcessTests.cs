using System.Net;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>The child-process server the crash and multi-node tests stand on.</summary>
public sealed class ServerProcessTests
{
    [Fact]
    public async Task Server_process_is_healthy_dies_of_SIGKILL_and_restarts_on_the_same_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("consensuslab-process-").FullName, "store.db");
        try
        {
            string code;
            await using (var server = await ServerProcess.StartAsync(path))
            {
                Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
                code = (await ConsensusServer.ReadAsync(await server.Client.PostAsync(new Uri("/api/sessions", UriKind.Relative),
                    System.Net.Http.Json.JsonContent.Create(Sessions.LikertAndPosition, options: ConsensusServer.Json))))["session"]!["code"]!.GetValue<string>();
                // Kill checks the exit code: 137, death by signal 9.
                server.Kill();
                Assert.True(server.HasExited);
                await Assert.ThrowsAnyAsync<HttpRequestException>(() => server.Client.GetAsync(new Uri("/health", UriKind.Relative)));
            }

            await using var restarted = await ServerProcess.StartAsync(path);
            Assert.Equal(HttpStatusCode.OK, (await restarted.Client.GetAsync(new Uri($"/api/sessions/{code}", UriKind.Relative))).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task Stopping_a_server_ends_its_live_streams_and_lets_it_exit_cleanly()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-process-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(directory, "store.db"));
            var created = await ConsensusServer.ReadAsync(await server.Client.PostAsync(new Uri("/api/sessions", UriKind.Relative),
                System.Net.Http.Json.JsonContent.Create(Sessions.LikertAndPosition, options: ConsensusServer.Json)));
            var code = created["session"]!["code"]!.GetValue<string>();
            await using var live = await LiveEvents.ConnectAsync(server.Client, code, created["viewKey"]!.GetValue<string>());
            Assert.Equal("session", (await live.NextAsync(CancellationToken.None)).Name);

            var stopping = server.StopAsync(TimeSpan.FromSeconds(30));
            // The stream ends at once (the page reconnects to another silo), well before the 20 s the host gives running
            // requests to finish on shutdown.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Assert.ThrowsAsync<EndOfStreamException>(async () =>
            {
                while (true)
                    await live.NextAsync(patience.Token);
            });
            Assert.Equal(0, await stopping);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Server_that_cannot_start_is_reported_with_its_output()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-process-").FullName;
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                ServerProcess.StartAsync(Path.Combine(directory, "store.db"), new Dictionary<string, string> { ["Storage:Provider"] = "floppy" }));
            Assert.Contains("floppy", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
