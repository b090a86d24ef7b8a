using System.Globalization;
using System.Text.RegularExpressions;
using ConsensusLab.Server.Tests.Resilience;

namespace ConsensusLab.Server.Tests.Telemetry;

/// <summary>
/// /metrics serves Prometheus' text format when configured, and the answer counter moves by exactly the answers
/// acknowledged. The server runs as its own process: meters are process-wide, and other tests answer in this one.
/// </summary>
public sealed partial class MetricsTests
{
    [Fact]
    public async Task Answer_counter_moves_by_exactly_the_acknowledged_answers()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-metrics-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(directory, "store.db"),
                new Dictionary<string, string> { ["Metrics:Prometheus"] = "true" });
            var created = await ConsensusServer.ReadAsync(await server.Client.PostAsync(new Uri("/api/sessions", UriKind.Relative),
                System.Net.Http.Json.JsonContent.Create(Sessions.LikertAndPosition, options: ConsensusServer.Json)));
            var code = created["session"]!["code"]!.GetValue<string>();
            var key = created["moderatorKey"]!.GetValue<string>();
            foreach (var path in new[] { "open", "questions/agree/open" })
            {
                using var open = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/{path}");
                open.Headers.Add("X-Moderator-Key", key);
                (await server.Client.SendAsync(open)).EnsureSuccessStatusCode();
            }
            var before = await AcknowledgedAsync(server.Client);

            var token = (await ConsensusServer.ReadAsync(await server.Client.PostAsync(new Uri($"/api/sessions/{code}/participants", UriKind.Relative),
                System.Net.Http.Json.JsonContent.Create(new { group = "GOV", country = "KE", attendance = "onsite" }))))["token"]!.GetValue<string>();
            for (var i = 0; i < 7; i++)
            {
                using var answer = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/agree/answers")
                {
                    Content = System.Net.Http.Json.JsonContent.Create(new { requestId = $"m{i}", choice = i % 5 }),
                };
                answer.Headers.Authorization = new("Bearer", token);
                (await server.Client.SendAsync(answer)).EnsureSuccessStatusCode();
            }

            Assert.Equal(before + 7, await AcknowledgedAsync(server.Client));
            // Tags name routes, grain types and reasons, never a session, a participant or a credential.
            var everything = await server.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            Assert.DoesNotContain(code, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(key, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
            // The runtime's meter sizes a silo (benchmarks/load/memory.py reads the heap from it).
            Assert.Matches(@"(?m)^dotnet_gc_last_collection_heap_size_bytes\{[^}]*gc_heap_generation=""gen0""[^}]*\} [0-9]", everything);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Metrics_are_not_served_unless_configured()
    {
        await using var server = new ConsensusServer();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync("/metrics")).StatusCode);
    }

    /// <summary>The counter's total over its series, read from /metrics once the exporter's cached scrape has expired.</summary>
    private static async Task<double> AcknowledgedAsync(HttpClient client)
    {
        await Task.Delay(1100);
        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        return AcknowledgedSeries().Matches(text).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^consensuslab_answers_acknowledged_total\{[^}]*\} ([0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex AcknowledgedSeries();
}
