using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ConsensusLab.Server.Tests.Resilience;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>Bodies the JSON reader cannot take: an unknown charset, and an oversize body sent without a length.</summary>
public sealed class ContentTypeTests
{
    [Fact]
    public async Task Json_body_in_an_unknown_charset_is_refused_with_a_problem_not_a_500()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "CS");
        var before = await server.StoredRowsAsync();

        var content = new StringContent("""{"requestId":"charset","choice":1}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=nope");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/agree/answers") { Content = content };
        request.Headers.Authorization = new("Bearer", token);
        var response = await server.Client.SendAsync(request);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType });
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await server.StoredRowsAsync());
    }

    [Fact]
    public async Task Oversize_body_without_a_length_is_refused_by_kestrel_with_413_and_stores_nothing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("consensuslab-chunked-").FullName, "store.db");
        try
        {
            string code;
            await using (var server = await ServerProcess.StartAsync(path))
            {
                var created = await ConsensusServer.ReadAsync(await server.Client.PostAsync(new Uri("/api/sessions", UriKind.Relative),
                    System.Net.Http.Json.JsonContent.Create(Sessions.LikertAndPosition, options: ConsensusServer.Json)));
                code = created["session"]!["code"]!.GetValue<string>();
                var key = created["moderatorKey"]!.GetValue<string>();
                foreach (var action in new[] { "open", "questions/agree/open" })
                {
                    using var open = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/{action}");
                    open.Headers.Add("X-Moderator-Key", key);
                    (await server.Client.SendAsync(open)).EnsureSuccessStatusCode();
                }
                var joined = await ConsensusServer.ReadAsync(await server.Client.PostAsync(new Uri($"/api/sessions/{code}/participants", UriKind.Relative),
                    System.Net.Http.Json.JsonContent.Create(new { group = "CS", country = "KE", attendance = "onsite" }, options: ConsensusServer.Json)));

                // Valid but for its size, and streamed without Content-Length: only Kestrel's body limit can refuse it.
                var body = Encoding.UTF8.GetBytes($$"""{"requestId":"chunked","choice":1,"pad":"{{new string('x', 100_000)}}"}""");
                var content = new StreamContent(new UnknownLengthStream(body));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/agree/answers") { Content = content };
                request.Headers.Authorization = new("Bearer", joined["token"]!.GetValue<string>());
                request.Headers.TransferEncodingChunked = true;
                var response = await server.Client.SendAsync(request);

                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
            }
            Assert.Equal(0, (await LedgerFile.CountAsync(path)).Ledger);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
