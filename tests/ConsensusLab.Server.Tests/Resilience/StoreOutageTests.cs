using System.Diagnostics;
using System.Net;
using ConsensusLab.Server.Tests.Cluster;
using ConsensusLab.Storage.Tests.Postgres;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>A PostgreSQL server of their own, which these tests stop and freeze.</summary>
[CollectionDefinition(Name)]
public sealed class StoreOutages : ICollectionFixture<PostgresServer>
{
    public const string Name = "Store outages";
}

/// <summary>
/// When PostgreSQL stops or hangs: readiness says so, answers get 503 with Retry-After within the configured timeouts
/// (never a hang, never a 500), the same request counts once when the store is back, and a silo started before its
/// database waits for it.
/// </summary>
[Collection(StoreOutages.Name)]
public sealed class StoreOutageTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private string _connectionString = "";

    private Dictionary<string, string> Settings => new()
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = _connectionString,
        ["Storage:ConnectTimeout"] = "00:00:02",
        ["Storage:CommandTimeout"] = "00:00:02",
    };

    public async Task InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    public async Task DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Readiness_follows_the_store_and_an_answer_during_the_outage_gets_503_and_counts_once_after()
    {
        await using var server = new ConsensusServer(settings: Settings);
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "CS");
        await server.AnswerOkAsync(code, "agree", token, new { requestId = "before", choice = 1 });
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready")).StatusCode);

        await postgres.StopAsync();
        try
        {
            await UntilAsync(server.Client, "/health/ready", HttpStatusCode.ServiceUnavailable);
            var during = await server.AnswerAsync(code, "agree", token, new { requestId = "during", choice = 4 });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.True(during.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await postgres.StartAgainAsync();
        }

        await UntilAsync(server.Client, "/health/ready", HttpStatusCode.OK);
        await server.AnswerOkAsync(code, "agree", token, new { requestId = "during", choice = 4 });
        Assert.Single(await PostgresLedger.ReadAsync(_connectionString, code), r => r.RequestId == "during");
    }

    [Fact]
    public async Task Answer_while_the_store_hangs_gets_503_within_the_timeouts_and_the_same_request_counts_once_after()
    {
        await using var server = new ConsensusServer(settings: Settings);
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "TC");

        await postgres.FreezeAsync();
        HttpResponseMessage during;
        var clock = Stopwatch.StartNew();
        try
        {
            during = await server.AnswerAsync(code, "agree", token, new { requestId = "frozen", choice = 2 });
        }
        finally
        {
            clock.Stop();
            await postgres.ThawAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"The answer waited {clock.Elapsed.TotalSeconds:0.0} s on a frozen store.");
        await UntilAsync(server.Client, "/health/ready", HttpStatusCode.OK);
        var after = await server.AnswerOkAsync(code, "agree", token, new { requestId = "frozen", choice = 2 });
        Assert.Single(await PostgresLedger.ReadAsync(_connectionString, code), r => r.RequestId == "frozen");
        Assert.True(after["sequence"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Silo_started_while_the_store_is_down_becomes_ready_when_it_comes_up()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-outage-").FullName;
        await postgres.StopAsync();
        try
        {
            var starting = ServerProcess.StartAsync(Path.Combine(directory, "unused.db"), Settings);
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(starting.IsCompleted, "The silo was ready before its database was.");
            await postgres.StartAgainAsync();

            await using var server = await starting;
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        }
        finally
        {
            if (!await IsUpAsync())
                await postgres.StartAgainAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<bool> IsUpAsync()
    {
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Npgsql.NpgsqlException)
        {
            return false;
        }
    }

    private static async Task UntilAsync(HttpClient client, string path, HttpStatusCode status)
    {
        var deadline = DateTime.UtcNow + Patience;
        while ((await client.GetAsync(path)).StatusCode != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not answer {(int)status} within {Patience.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }
}
