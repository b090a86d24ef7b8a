using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>
/// The four API calls the crowd makes, through one gate that bounds the requests in flight. Every address is
/// relative to the server given on the command line, and redirects are not followed, so nothing else is contacted.
/// </summary>
internal sealed class ConsensusLabClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly SemaphoreSlim _gate;
    private readonly string _session;
    private readonly int _concurrency;

    public ConsensusLabClient(Uri server, string session, int concurrency)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = concurrency };
        // A trailing slash makes relative addresses resolve under the server's path, not beside it.
        var baseAddress = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
        _gate = new SemaphoreSlim(concurrency);
        _session = Uri.EscapeDataString(session);
        _concurrency = concurrency;
    }

    /// <summary>Requests holding a slot now.</summary>
    public int InFlight => _concurrency - _gate.CurrentCount;

    public Task<SessionView> GetSessionAsync(CancellationToken cancellationToken) =>
        SendAsync<SessionView>(HttpMethod.Get, $"api/sessions/{_session}", null, null, cancellationToken);

    public Task<IReadOnlyList<CountryView>> GetCountriesAsync(CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<CountryView>>(HttpMethod.Get, "api/countries", null, null, cancellationToken);

    public Task<JoinResponse> JoinAsync(JoinRequest request, CancellationToken cancellationToken) =>
        SendAsync<JoinResponse>(HttpMethod.Post, $"api/sessions/{_session}/participants", request, null, cancellationToken);

    /// <summary>Sends an answer; the acknowledgement's body is not needed, so a 204 is as good as a 200.</summary>
    public Task AnswerAsync(string token, string questionId, AnswerRequest answer, CancellationToken cancellationToken) =>
        SendAsync<bool>(HttpMethod.Post, $"api/sessions/{_session}/questions/{Uri.EscapeDataString(questionId)}/answers", answer, token,
            cancellationToken, readBody: false);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, string? token, CancellationToken cancellationToken,
        bool readBody = true)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                // Serialised up front so the request has a Content-Length: some proxies refuse chunked uploads.
                request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Json));
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new ApiException(response.StatusCode, await ProblemTitle(response, cancellationToken));
            if (!readBody)
                return default!;
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new ApiException(response.StatusCode, "empty response");
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<string> ProblemTitle(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
            return problem.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? "";
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }
}
