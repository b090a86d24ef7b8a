using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace ConsensusLab.LoadProbe;

/// <summary>Watches the live channel as a moderator's page does and notes when each meter version arrived.</summary>
internal sealed class MeterWatcher(HttpClient http, ProbeOptions options)
{
    /// <summary>(version, arrival in Stopwatch ticks) for every meter update of the question.</summary>
    public ConcurrentQueue<(long Version, long Arrived)> Arrivals { get; } = new();

    public async Task RunAsync(CancellationToken stop)
    {
        var query = options.Key is { } key ? $"?key={Uri.EscapeDataString(key)}" : "";
        using var response = await http.GetAsync(new Uri(options.WatchUrl, $"/api/sessions/{options.Session}/live{query}"),
            HttpCompletionOption.ResponseHeadersRead, stop);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
        string? eventName = null;
        try
        {
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                    eventName = line[7..];
                else if (eventName == "meters" && line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var arrived = Stopwatch.GetTimestamp();
                    using var update = JsonDocument.Parse(line[6..]);
                    if (update.RootElement.GetProperty("questionId").GetString() == options.Question)
                        Arrivals.Enqueue((update.RootElement.GetProperty("version").GetInt64(), arrived));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Measurement over.
        }
    }
}
