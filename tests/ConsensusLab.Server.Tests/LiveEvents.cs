using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests;

/// <summary>Reads a server-sent-events stream the way a browser's EventSource does.</summary>
internal sealed class LiveEvents : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private LiveEvents(HttpResponseMessage response, Stream stream)
    {
        _response = response;
        _reader = new StreamReader(stream);
    }

    /// <summary>Connects as a projector or moderator (with a key), or as a participant's page (without).</summary>
    public static async Task<LiveEvents> ConnectAsync(HttpClient client, string code, string? key)
    {
        var query = key is null ? "?meters=false" : $"?key={Uri.EscapeDataString(key)}";
        var response = await client.GetAsync($"/api/sessions/{code}/live{query}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new LiveEvents(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event (name and JSON data); keep-alive comments are skipped.</summary>
    public async Task<(string Name, JsonObject Data)> NextAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
                name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
                data = line["data: ".Length..];
            else if (line.Length == 0 && name is not null && data is not null)
                return (name, JsonNode.Parse(data)!.AsObject());
        }
        throw new EndOfStreamException("The live stream ended.");
    }

    /// <summary>Reads events until one satisfies the condition.</summary>
    public async Task<JsonObject> WaitForAsync(string eventName, Func<JsonObject, bool> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var (name, data) = await NextAsync(cancel.Token);
            if (name == eventName && condition(data))
                return data;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
