using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ConsensusLab.LoadProbe;

// Measures meter freshness: answers (or, with --vote-statements, votes on statements) are sent at a fixed rate; for each
// acknowledged answer (ledger sequence s, acknowledged at t) the first live meter update with version >= s that reaches the
// watcher (at t') gives a freshness of t' - t.
var options = ProbeOptions.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"Joining {options.Participants} participants to {options.Session}…");
var groups = new[] { "GOV", "IGO", "PS", "CS", "TC" };
var tokens = new string[options.Participants];
await Parallel.ForAsync(0, options.Participants, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
{
    using var joined = await http.PostAsJsonAsync(new Uri(options.Url, $"/api/sessions/{options.Session}/participants"),
        new { group = groups[i % groups.Length], country = "KE", attendance = "onsite" }, ct);
    tokens[i] = JsonDocument.Parse(await joined.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("token").GetString()!;
});
Console.WriteLine($"Joined {options.Participants} participants.");

using var stop = new CancellationTokenSource();
var watcher = new MeterWatcher(http, options);
var watching = watcher.RunAsync(stop.Token);
await Task.Delay(500);

var acks = new ConcurrentBag<(long Sequence, long Acknowledged)>();
var failures = 0;
var total = options.Rate * options.Seconds;
var interval = TimeSpan.FromSeconds(1.0 / options.Rate);
var path = options.Statements > 0 ? "votes" : "answers";
var started = Stopwatch.GetTimestamp();
var sending = new List<Task>();
for (var n = 0; n < total; n++)
{
    // Open-loop pacing: request n is due at n / rate, whatever happened to the earlier ones.
    var due = started + (long)(n * interval.TotalSeconds * Stopwatch.Frequency);
    // Sleeps while the next request is more than 2 ms away, so the pacing does not take a whole core.
    while (Stopwatch.GetTimestamp() < due)
    {
        if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) > TimeSpan.FromMilliseconds(2))
            await Task.Delay(1);
        else
            await Task.Yield();
    }
    var index = n;
    sending.Add(Task.Run(async () =>
    {
        // A vote takes the answers' path, so its sequence is compared with the meter versions in the same way. The
        // request id is a UUIDv7 as the participant page sends, so the ledger's index takes it as it takes theirs.
        var requestId = Guid.CreateVersion7().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Url, $"/api/sessions/{options.Session}/questions/{options.Question}/{path}"))
        {
            Content = options.Statements > 0
                ? JsonContent.Create(new { requestId, statement = index / tokens.Length % options.Statements, vote = index % 3 - 1 })
                : JsonContent.Create(new { requestId, choice = index % 5 }),
        };
        request.Headers.Authorization = new("Bearer", tokens[index % tokens.Length]);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref failures);
            return;
        }
        var acknowledged = Stopwatch.GetTimestamp();
        var sequence = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("sequence").GetInt64();
        acks.Add((sequence, acknowledged));
    }));
}
await Task.WhenAll(sending);
var elapsed = Stopwatch.GetElapsedTime(started);
await Task.Delay(1000);
await stop.CancelAsync();
await watching;

var arrivals = watcher.Arrivals.OrderBy(a => a.Version).ToArray();
var freshness = new List<double>();
foreach (var (sequence, acknowledged) in acks)
{
    var first = Array.FindIndex(arrivals, a => a.Version >= sequence && a.Arrived >= acknowledged);
    var seen = first >= 0 ? arrivals.Skip(first).Where(a => a.Version >= sequence).Min(a => a.Arrived) : (long?)null;
    if (seen is { } arrived)
        freshness.Add(Stopwatch.GetElapsedTime(acknowledged, arrived).TotalMilliseconds);
}
freshness.Sort();
double Percentile(double p) => freshness.Count == 0 ? double.NaN : freshness[(int)Math.Min(freshness.Count - 1, Math.Ceiling(p * freshness.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"sent {total} {path} in {elapsed.TotalSeconds:F1} s ({acks.Count / elapsed.TotalSeconds:F0} acknowledged/s), {failures} failed; " +
    $"{arrivals.Length} meter updates; freshness p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {Percentile(1.0):F1} ms over {freshness.Count} answers"));
