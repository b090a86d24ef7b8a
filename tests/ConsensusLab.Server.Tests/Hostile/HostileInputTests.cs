using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>
/// Issue 5, hostile input: thousands of malformed and adversarial requests through the whole pipeline. None may get a
/// 5xx, every refusal is a problem+json, nothing is stored, and the server serves the room normally afterwards.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 5_2024;
    private const int Requests = 12_000;
    private const int Workers = 8;

    private readonly ConsensusServer _server = new();
    private HostileTarget _target = null!;

    public async Task InitializeAsync()
    {
        var code = await _server.CreateSessionAsync(HostileTarget.Definition);
        (await _server.ModeratorAsync(HttpMethod.Post, code, "questions/closed/close")).EnsureSuccessStatusCode();
        var other = await _server.CreateSessionAsync(HostileTarget.Definition);
        var token = await _server.JoinAsync(code, "CS");
        var withdrawn = await _server.JoinAsync(code, "PS");
        using (var withdrawal = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/participants/me/withdraw"))
        {
            withdrawal.Headers.Authorization = new("Bearer", withdrawn);
            (await _server.Client.SendAsync(withdrawal)).EnsureSuccessStatusCode();
        }
        (string Question, string RequestId, string Answer)[] answered =
        [
            ("agree", "seed-agree", """{"choice":2}"""),
            ("pick", "seed-pick", """{"choice":1}"""),
            ("multi", "seed-multi", """{"choices":[0,2]}"""),
            ("rank", "seed-rank", """{"ranking":[2,0,1]}"""),
            ("axis", "seed-axis", """{"position":0.5}"""),
        ];
        foreach (var (question, requestId, answer) in answered)
        {
            var body = JsonNode.Parse(answer)!.AsObject();
            body["requestId"] = requestId;
            await _server.AnswerOkAsync(code, question, token, body);
        }
        var session = await ConsensusServer.ReadAsync(await _server.Client.GetAsync(new Uri($"/api/sessions/{code}", UriKind.Relative)));
        _target = new HostileTarget(code, other, _server.ModeratorKeys[code], _server.ViewKeys[code], _server.ModeratorKeys[other], _server.ViewKeys[other],
            token, await _server.JoinAsync(other, "GOV"), withdrawn,
            [.. session["groups"]!.AsArray().Select(g => g!["code"]!.GetValue<string>())], answered);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Twelve_thousand_hostile_requests_get_no_5xx_only_problem_refusals_store_nothing_and_leave_the_server_serving()
    {
        var before = await FingerprintAsync();
        var generator = new HostileRequestGenerator(_target, new Random(Seed));
        var statuses = new ConcurrentDictionary<int, int>();
        var categories = new ConcurrentDictionary<string, ConcurrentDictionary<int, int>>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, (int Count, string First)>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (_, cancellationToken) =>
        {
            HostileRequest request;
            lock (generator)
                request = generator.Next();
            using var message = request.ToMessage();
            HttpResponseMessage response;
            try
            {
                response = await _server.Client.SendAsync(message, cancellationToken);
            }
            catch (InvalidOperationException refused) when (refused.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // The in-process host refuses a path with %00 before the application sees it, as Kestrel does with a 400.
                statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                return;
            }
            using var received = response;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            categories.GetOrAdd(request.Category, _ => new()).AddOrUpdate(status, 1, (_, n) => n + 1);
            if (Problem(request, response, status) is { } problem)
                failures.AddOrUpdate($"{problem} ({status}, {request.Category})",
                    _ => (1, $"{request}\n      -> {response.Content.Headers.ContentType}: {(body.Length > 400 ? body[..400] : body)}"), (_, f) => (f.Count + 1, f.First));
        });
        clock.Stop();

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:0.0} s (status 0: refused by the host before the application); by status: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        foreach (var (category, counts) in categories.OrderBy(c => c.Key, StringComparer.Ordinal))
            output.WriteLine($"  {category}: {string.Join(", ", counts.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Values.Sum(f => f.Count)} of {Requests} requests were mishandled:\n"
            + string.Join("\n", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"  {f.Value.Count} x {f.Key}, e.g. {f.Value.First}")));
        Assert.Equal(before, await FingerprintAsync());

        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        var receipt = await _server.AnswerOkAsync(_target.Code, "agree", _target.Token, new { requestId = "after-the-storm", choice = 4 });
        Assert.False(receipt["retried"]!.GetValue<bool>());
        Assert.Equal(before.Ledger + 1, (await FingerprintAsync()).Ledger);
    }

    /// <summary>What is wrong with the response, or null: a 5xx, a refusal that is not problem+json, an acceptance of what must be refused.</summary>
    private static string? Problem(HostileRequest request, HttpResponseMessage response, int status)
    {
        if (status >= 500)
            return "server error";
        if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return "refusal without problem+json";
        if (status < 400 && !request.MayBeAccepted)
            return "accepted what must be refused";
        if (request.Category.StartsWith("oversize", StringComparison.Ordinal) && status != 413)
            return "oversize body not refused with 413";
        return null;
    }

    /// <summary>Rows of the ledger and participant tables, and every grain's state version: any write changes it.</summary>
    private async Task<(long Ledger, long Participants, string GrainStates)> FingerprintAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM ledger), (SELECT COUNT(*) FROM participants),
                   (SELECT group_concat(state_name || ':' || grain_id || '@' || version, ' ') FROM (SELECT * FROM grain_state ORDER BY state_name, grain_id))
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
    }
}
