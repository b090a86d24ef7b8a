using System.Net;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// Every answer tells the browser not to sniff, not to frame, not to send a referrer, and to run only this origin's own
/// scripts and styles (issue 10, finding 10).
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, HttpStatusCode> Addresses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/join/{code}", HttpStatusCode.OK },
        { "/moderate", HttpStatusCode.OK },
        { "/moderate/{code}", HttpStatusCode.OK },
        { "/project/{code}", HttpStatusCode.OK },
        { "/js/participant.js", HttpStatusCode.OK },
        { "/css/app.css", HttpStatusCode.OK },
        { "/api/sessions/{code}", HttpStatusCode.OK },
        { "/api/sessions/{code}/qr.svg", HttpStatusCode.OK },
        { "/api/sessions/ZZZZZZ", HttpStatusCode.NotFound },
        { "/no/such/page", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Pages_files_and_API_answers_carry_the_security_headers(string address, HttpStatusCode status)
    {
        var response = await _server.Client.GetAsync(new Uri(address.Replace("{code}", _code, StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        foreach (var directive in new[]
        {
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
            "form-action 'self'", "frame-ancestors 'none'",
        })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("unsafe-", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_addresses_keep_the_other_headers_but_bring_their_own_script_policy()
    {
        var response = await _server.Client.GetAsync(new Uri("/dashboard/", UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
