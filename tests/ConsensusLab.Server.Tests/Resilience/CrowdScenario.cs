using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>
/// The scenario the crash tests play: a session of three choice questions, a crowd that joins it, and the check that
/// meters equal an independent recount of the ledger.
/// </summary>
internal static class CrowdScenario
{
    public const int CrowdSize = 200;
    private const int JoinConcurrency = 16;

    public static readonly Dictionary<string, int> OptionsByQuestion = new(StringComparer.Ordinal) { ["agree"] = 5, ["trust"] = 5, ["pick"] = 3 };

    public static void AssertMetersEqualRecount(string questionId, JsonNode headcount, IReadOnlyDictionary<string, long[]> expected)
    {
        var options = OptionsByQuestion[questionId];
        var overall = new long[options];
        foreach (var cells in expected.Values)
            for (var o = 0; o < options; o++)
                overall[o] += cells[o];
        AssertMeterEquals($"{questionId}/overall", overall, headcount["overall"]!);

        var groups = headcount["groups"]!.AsArray().ToDictionary(g => g!["group"]!.GetValue<string>(), g => g!, StringComparer.Ordinal);
        Assert.Subset(groups.Keys.ToHashSet(StringComparer.Ordinal), expected.Keys.ToHashSet(StringComparer.Ordinal));
        foreach (var (group, meter) in groups)
        {
            Assert.False(meter["suppressed"]?.GetValue<bool>() ?? false, $"{questionId}/{group} is suppressed with a privacy threshold of 1.");
            AssertMeterEquals($"{questionId}/{group}", expected.GetValueOrDefault(group) ?? new long[options], meter);
        }
    }

    private static void AssertMeterEquals(string name, long[] cells, JsonNode meter)
    {
        var respondents = cells.Sum();
        Assert.True(respondents == meter["respondents"]!.GetValue<long>(),
            $"{name}: the meters count {meter["respondents"]} respondents, the ledger {respondents}.");
        var distribution = meter["distribution"]!.AsArray().Select(s => s!.GetValue<double>()).ToArray();
        var expected = respondents == 0 ? [] : cells.Select(c => (double)c / respondents).ToArray();
        Assert.Equal(expected.Length, distribution.Length);
        for (var o = 0; o < expected.Length; o++)
            Assert.True(Math.Abs(expected[o] - distribution[o]) < 1e-12, $"{name}: option {o} has share {distribution[o]}, the ledger {expected[o]}.");
    }

    public static async Task<(string Code, string ModeratorKey)> CreateOpenSessionAsync(HttpClient client)
    {
        var created = await ConsensusServer.ReadAsync(await client.PostAsJsonAsync("/api/sessions", new
        {
            title = "Crash safety",
            privacyThreshold = 1,
            questions = new object[]
            {
                new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints },
                new { id = "trust", kind = "likert", prompt = "We trust the process.", options = Sessions.FivePoints },
                new { id = "pick", kind = "singleChoice", prompt = "Pick one.", options = new[] { "A", "B", "C" } },
            },
        }, ConsensusServer.Json));
        var code = created["session"]!["code"]!.GetValue<string>();
        var key = created["moderatorKey"]!.GetValue<string>();
        foreach (var path in new[] { "open" }.Concat(OptionsByQuestion.Keys.Select(q => $"questions/{q}/open")))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/{path}");
            request.Headers.Add("X-Moderator-Key", key);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
        return (code, key);
    }

    public static async Task<IReadOnlyList<CrowdMember>> JoinCrowdAsync(HttpClient client, string code, Random random)
    {
        var session = await ConsensusServer.ReadAsync(await client.GetAsync(new Uri($"/api/sessions/{code}", UriKind.Relative)));
        var groups = session["groups"]!.AsArray().Select(g => g!["code"]!.GetValue<string>()).ToArray();
        var declared = Enumerable.Range(0, CrowdSize).Select(_ => groups[random.Next(groups.Length)]).ToArray();
        using var gate = new SemaphoreSlim(JoinConcurrency);
        return await Task.WhenAll(declared.Select(async group =>
        {
            await gate.WaitAsync();
            try
            {
                var joined = await ConsensusServer.ReadAsync(await client.PostAsJsonAsync($"/api/sessions/{code}/participants",
                    new { group, country = "KE", attendance = "onsite" }, ConsensusServer.Json));
                return new CrowdMember(joined["participantId"]!.GetValue<string>(), joined["token"]!.GetValue<string>(), group);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
