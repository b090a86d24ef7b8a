using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.ApiDocs;

/// <summary>
/// The credentials the OpenAPI document lists are the ones the handlers demand (issue 11): the document is endpoint
/// metadata, the checks are code, and this keeps the two from drifting apart.
/// </summary>
public sealed class DocumentedAccessTests(ServedDocument served) : IClassFixture<ServedDocument>
{
    [Fact]
    public async Task An_operation_documented_with_a_required_credential_refuses_a_request_without_one()
    {
        var (code, group) = await SessionAsync();
        var wrong = new List<string>();
        foreach (var (method, path, operation) in RequiringCredential())
        {
            var response = await served.Server.Client.SendAsync(Request(method, path, operation, code, group));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
                wrong.Add($"{method.ToUpperInvariant()} {path}: {(int)response.StatusCode}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task An_operation_documented_for_the_moderator_key_alone_refuses_the_view_key()
    {
        var (code, group) = await SessionAsync();
        var moderatorOnly = RequiringCredential().Where(o => !Schemes(o.Operation).Contains("viewKey")
            && Schemes(o.Operation).Contains("moderatorKey")).ToList();
        Assert.NotEmpty(moderatorOnly);
        var wrong = new List<string>();
        foreach (var (method, path, operation) in moderatorOnly)
        {
            var request = Request(method, path, operation, code, group);
            request.Headers.Add("X-Moderator-Key", served.Server.ViewKeys[code]);
            var response = await served.Server.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
                wrong.Add($"{method.ToUpperInvariant()} {path}: {(int)response.StatusCode}");
        }
        Assert.Empty(wrong);
    }

    /// <summary>Operations whose every security alternative names a scheme (none also answers without a credential).</summary>
    private IEnumerable<(string Method, string Path, JsonObject Operation)> RequiringCredential() =>
        served.ApiOperations.Where(o => o.Operation["security"] is JsonArray { Count: > 0 } alternatives
            && alternatives.All(a => a!.AsObject().Count > 0));

    private static HashSet<string> Schemes(JsonObject operation) =>
        [.. operation["security"]!.AsArray().SelectMany(a => a!.AsObject().Select(s => s.Key))];

    private async Task<(string Code, string Group)> SessionAsync()
    {
        var code = await served.Server.CreateSessionAsync(Sessions.LikertAndPosition);
        var session = await ConsensusServer.ReadAsync(await served.Server.Client.GetAsync(new Uri($"/api/sessions/{code}", UriKind.Relative)));
        return (code, session["groups"]![0]!["code"]!.GetValue<string>());
    }

    /// <summary>The operation on real values; an empty JSON object as the body, so that binding passes and the handler decides.</summary>
    private static HttpRequestMessage Request(string method, string path, JsonObject operation, string code, string group)
    {
        var address = path.Replace("{code}", code, StringComparison.Ordinal).Replace("{questionId}", "agree", StringComparison.Ordinal)
            .Replace("{group}", group, StringComparison.Ordinal).Replace("{round}", "1", StringComparison.Ordinal)
            .Replace("{file}", "answers.csv", StringComparison.Ordinal).Replace("{statementId}", "0", StringComparison.Ordinal);
        return new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), new Uri(address, UriKind.Relative))
        {
            Content = operation["requestBody"] is null ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
    }
}
