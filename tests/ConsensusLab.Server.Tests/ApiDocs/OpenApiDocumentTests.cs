using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.ApiDocs;

/// <summary>
/// The OpenAPI document describes every operation well enough to call it without reading the code (issue 11): what it
/// does, what it answers, how it refuses, and which credential it takes.
/// </summary>
public sealed class OpenApiDocumentTests(ServedDocument served) : IClassFixture<ServedDocument>
{
    [Fact]
    public void The_document_describes_the_api_operations()
    {
        // Fewer than this and whole endpoint files went missing from the document (the checks below would pass on nothing).
        Assert.True(served.ApiOperations.Count() >= 25, $"{served.ApiOperations.Count()} operations");
    }

    [Fact]
    public void Every_api_operation_has_a_summary()
    {
        var missing = served.ApiOperations.Where(o => string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()));
        Assert.Empty(missing.Select(Name));
    }

    [Fact]
    public void Every_parameter_says_what_it_is()
    {
        var bare = from o in served.ApiOperations
                   from parameter in o.Operation["parameters"]?.AsArray() ?? []
                   where string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>())
                   select $"{Name(o)} {parameter["name"]}";
        Assert.Empty(bare);
    }

    [Fact]
    public void Every_api_operation_answers_success_with_a_named_schema()
    {
        var unnamed = served.ApiOperations.Where(o => !Successes(o.Operation).Any(NamedOrPlain));
        Assert.Empty(unnamed.Select(Name));
    }

    [Fact]
    public void Every_refusal_is_a_problem_details_body()
    {
        var loose = from o in served.ApiOperations
                    from response in o.Operation["responses"]!.AsObject()
                    where response.Key[0] is '4' or '5'
                    let schema = response.Value!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>()
                    where schema != "#/components/schemas/ProblemDetails"
                    select $"{Name(o)} {response.Key}";
        Assert.Empty(loose);
    }

    [Fact]
    public void Every_api_operation_declares_the_refusals_it_can_give()
    {
        var missing = new List<string>();
        foreach (var o in served.ApiOperations)
        {
            var expected = new List<string> { "429" };
            if (o.Path.Contains("{code}", StringComparison.Ordinal))
                expected.AddRange(["404", "503"]);
            if (o.Operation["requestBody"] is not null)
                expected.AddRange(["400", "413", "415", "422"]);
            // Only a credential the operation cannot do without brings 401 and 403; a public answer refuses no one.
            if (Alternatives(o.Operation) is { Count: > 0 } alternatives && !alternatives.Contains(Public))
                expected.AddRange(["401", "403"]);
            var declared = o.Operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
            missing.AddRange(expected.Where(status => !declared.Contains(status)).Select(status => $"{Name(o)} {status}"));
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("moderatorKey", "apiKey", "header", "X-Moderator-Key")]
    [InlineData("viewKey", "apiKey", "header", "X-Moderator-Key")]
    [InlineData("keyInQuery", "apiKey", "query", "key")]
    [InlineData("creationKey", "apiKey", "header", "X-Creation-Key")]
    public void Key_security_schemes_name_where_the_key_goes(string scheme, string type, string location, string name)
    {
        var described = served.Document["components"]!["securitySchemes"]![scheme]!;
        Assert.Equal(type, described["type"]!.GetValue<string>());
        Assert.Equal(location, described["in"]!.GetValue<string>());
        Assert.Equal(name, described["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(described["description"]?.GetValue<string>()));
    }

    [Fact]
    public void The_participant_token_is_a_bearer_scheme()
    {
        var described = served.Document["components"]!["securitySchemes"]!["participantToken"]!;
        Assert.Equal("http", described["type"]!.GetValue<string>());
        Assert.Equal("bearer", described["scheme"]!.GetValue<string>());
    }

    /// <summary>The credentials each operation accepts, as alternatives; the handlers enforce the same.</summary>
    [Theory]
    [InlineData("post", "/api/sessions/{code}/open", "moderatorKey")]
    [InlineData("post", "/api/sessions/{code}/close", "moderatorKey")]
    [InlineData("put", "/api/sessions/{code}/weighting", "moderatorKey")]
    [InlineData("put", "/api/sessions/{code}/groups/{group}/weight", "moderatorKey")]
    [InlineData("post", "/api/sessions/{code}/invites", "moderatorKey")]
    [InlineData("post", "/api/sessions/{code}/questions/{questionId}/open", "moderatorKey")]
    [InlineData("post", "/api/sessions/{code}/questions/{questionId}/close", "moderatorKey")]
    [InlineData("post", "/api/sessions/{code}/questions/{questionId}/reveal", "moderatorKey")]
    [InlineData("post", "/api/sessions/{code}/questions/{questionId}/rounds", "moderatorKey")]
    [InlineData("get", "/api/sessions/{code}/questions/{questionId}/rounds/{round}/change", "moderatorKey")]
    [InlineData("get", "/api/sessions/{code}/recompute", "moderatorKey")]
    [InlineData("get", "/api/sessions/{code}/exports/{file}", "moderatorKey keyInQuery")]
    [InlineData("get", "/api/sessions/{code}/meters", "moderatorKey viewKey")]
    [InlineData("get", "/api/sessions/{code}/questions/{questionId}/meters", "moderatorKey viewKey")]
    [InlineData("get", "/api/sessions/{code}/questions/{questionId}/rounds/{round}/distribution", "public moderatorKey viewKey")]
    [InlineData("get", "/api/sessions/{code}/live", "public moderatorKey viewKey keyInQuery")]
    [InlineData("get", "/api/sessions/{code}", "public moderatorKey viewKey")]
    [InlineData("post", "/api/sessions/{code}/questions/{questionId}/answers", "participantToken")]
    [InlineData("get", "/api/sessions/{code}/questions/{questionId}/answers/mine", "participantToken")]
    [InlineData("post", "/api/sessions/{code}/participants/me/withdraw", "participantToken")]
    [InlineData("post", "/api/sessions/{code}/participants", "")]
    [InlineData("get", "/api/countries", "")]
    public void Operations_list_the_credentials_they_accept(string method, string path, string alternatives)
    {
        var operation = served.Document["paths"]![path]![method]!.AsObject();
        Assert.Equal(alternatives.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal),
            Alternatives(operation).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Session_creation_is_public_on_a_server_without_a_creation_key()
    {
        var create = served.Document["paths"]!["/api/sessions"]!["post"]!.AsObject();
        Assert.Equal([Public], Alternatives(create));
        Assert.Null(create["responses"]!["401"]);
    }

    [Fact]
    public async Task Session_creation_needs_the_creation_key_on_a_server_that_sets_one()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string> { ["Sessions:CreationKey"] = "forum-key" });
        var document = await ConsensusServer.ReadAsync(await server.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var create = document["paths"]!["/api/sessions"]!["post"]!.AsObject();
        Assert.Equal(["creationKey"], Alternatives(create));
        Assert.NotNull(create["responses"]!["401"]);
        Assert.NotNull(create["responses"]!["403"]);
    }

    /// <summary>An empty security requirement: the operation also answers without any credential.</summary>
    private const string Public = "public";

    private static string Name((string Method, string Path, JsonObject Operation) o) => $"{o.Method.ToUpperInvariant()} {o.Path}";

    /// <summary>The security requirement objects of an operation, each as its scheme names joined.</summary>
    private static List<string> Alternatives(JsonObject operation) =>
        operation["security"]?.AsArray().Select(r => r!.AsObject().Count == 0 ? Public : string.Join('+', r.AsObject().Select(s => s.Key))).ToList() ?? [];

    private static IEnumerable<(string Type, JsonNode? Schema)> Successes(JsonObject operation) =>
        from response in operation["responses"]!.AsObject()
        where response.Key[0] == '2'
        from media in response.Value!["content"]?.AsObject() ?? []
        select (media.Key, media.Value!["schema"]);

    /// <summary>
    /// JSON answers name their record (a $ref, or an array of one), so a client and the reference page show its fields;
    /// an SVG, a download or the event stream is a plain string.
    /// </summary>
    private static bool NamedOrPlain((string Type, JsonNode? Schema) media) => media.Type == "application/json"
        ? media.Schema?["$ref"] is not null || media.Schema?["items"]?["$ref"] is not null
        : media.Schema?["type"]?.GetValue<string>() == "string" || media.Schema?["$ref"] is not null;
}
