using System.Text;
using static ConsensusLab.Server.Tests.Hostile.HostileValues;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>What goes wrong below the JSON: methods, content types, sizes, encodings; and the helpers every category uses.</summary>
internal sealed partial class HostileRequestGenerator
{
    /// <summary>Routes that anyone may read with GET: a 2xx there is no breach.</summary>
    private string[] PublicRoutes =>
    [
        "/api/sessions", $"/api/sessions/{target.Code}", $"/api/sessions/{target.Code}/qr.svg", "/api/countries", "/api/templates", "/health",
        "/openapi/v1.json", "/api-docs", $"/join/{target.Code}", "/moderate", $"/moderate/{target.Code}", $"/project/{target.Code}",
    ];

    /// <summary>Every other route of the API, for session A; the live channel only for methods other than GET (it streams forever).</summary>
    private string[] GuardedRoutes =>
    [
        .. new[]
        {
            "open", "close", "weighting", $"groups/{target.Groups[0]}/weight", "invites", "participants", "participants/me/withdraw",
            "questions/agree/open", "questions/agree/close", "questions/agree/reveal", "questions/agree/rounds", "questions/agree/answers",
            "questions/agree/answers/mine", "meters", "questions/agree/meters", "questions/agree/rounds/1/distribution",
            "questions/agree/rounds/1/change", "exports/answers.csv", "live",
        }.Select(p => $"/api/sessions/{target.Code}/{p}"),
    ];

    /// <summary>Any method on any route, without credentials, with no body or one that is not a valid request.</summary>
    private HostileRequest RandomMethod()
    {
        var method = random.Pick(Methods);
        var publicRoute = random.Next(3) == 0;
        var path = publicRoute ? random.Pick(PublicRoutes) : random.Pick(GuardedRoutes);
        if (method == "GET" && path.EndsWith("/live", StringComparison.Ordinal))
            method = "DELETE";
        var body = random.Next(3) switch
        {
            0 => null,
            1 => AnyValue(random),
            _ => Object([(random.Pick(Strings), AnyValue(random))]),
        };
        // A body that happens to be "{}" or "null" is still no valid join, session or weighting: each needs fields.
        // Health checks answer every method.
        return Request($"method: {method}", method, path, body, []) with { MayBeAccepted = publicRoute && (method == "GET" || path == "/health") };
    }

    /// <summary>A valid body under a content type that is not JSON (refused as such), or a poisoned one under a broken charset.</summary>
    private HostileRequest ForeignContentType()
    {
        var question = OpenQuestion();
        (string Path, string Body, KeyValuePair<string, string>[] Headers) chosen = random.Next(4) switch
        {
            0 => (AnswersPath(target.Code, question), ValidAnswer(question), Bearer(target.Token)),
            1 => ($"/api/sessions/{target.Code}/participants", Object(ValidJoin()), []),
            2 => ("/api/sessions", Object([("title", Quote("Typed")), ("questions", $"[{ValidQuestion()}]")]), []),
            _ => ($"/api/sessions/{target.Code}/invites", Object([("group", Quote(target.Groups[0])), ("count", "1")]), ModeratorKey(target.ModeratorKey)),
        };
        var request = new HostileRequest("content type: not JSON", "POST", chosen.Path, Encoding.UTF8.GetBytes(chosen.Body), null, chosen.Headers);
        if (random.Next(4) == 0)
            return request with { Category = "content type: broken charset", Body = Encoding.UTF8.GetBytes(Object(PoisonedValue("agree"))), ContentType = random.Pick(BadCharsets) };
        return random.Next(8) == 0 ? request with { Category = "content type: none" } : request with { ContentType = random.Pick(ForeignContentTypes) };
    }

    /// <summary>A body over the endpoint's limit that would be valid otherwise: only the limit may refuse it.</summary>
    private HostileRequest Oversize()
    {
        var padding = new string('x', BodyLimit + random.Next(random.Next(2) == 0 ? 16 : 200_000));
        var question = OpenQuestion();
        return random.Next(12) switch
        {
            0 => Json("oversize: session definition", "POST", "/api/sessions",
                Object([("title", Quote("Big")), ("questions", $"[{ValidQuestion()}]"), ("description", Quote(new string('d', DefinitionLimit + random.Next(100_000))))]), []),
            1 or 2 => Json("oversize: join", "POST", $"/api/sessions/{target.Code}/participants", Object([.. ValidJoin(), ("pad", Quote(padding))]), []),
            3 => Json("oversize: invites", "POST", $"/api/sessions/{target.Code}/invites",
                Object([("group", Quote(target.Groups[0])), ("count", "1"), ("pad", Quote(padding))]), ModeratorKey(target.ModeratorKey)),
            4 => Json("oversize: weighting", "PUT", $"/api/sessions/{target.Code}/weighting",
                Object([("scheme", Quote("custom")), ("pad", Quote(padding))]), ModeratorKey(target.ModeratorKey)),
            _ => Json("oversize: answer", "POST", AnswersPath(target.Code, question), ValidAnswer(question, ("pad", Quote(padding))), Bearer(target.Token)),
        };
    }

    /// <summary>Bodies that are not UTF-8 JSON, or JSON nested far past any sane depth, where a valid body would otherwise be accepted.</summary>
    private HostileRequest BrokenEncoding()
    {
        var question = OpenQuestion();
        var path = AnswersPath(target.Code, question);
        var valid = ValidAnswer(question);
        byte[] body = random.Next(7) switch
        {
            0 => Encoding.UTF8.GetBytes(random.Next(2) == 0 ? DeepArray : DeepObject),
            1 => Encoding.UTF8.GetBytes(Object([("requestId", Quote(FreshRequestId())), ("choice", DeepArray)])),
            2 => Encoding.Unicode.GetBytes(valid),
            3 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Object(PoisonedValue(question)))],
            4 => Splice(valid, random.Pick<byte[]>([[0xFF], [0xC0, 0xAF], [0xC3, 0x28], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]])),
            5 => [],
            _ => Encoding.UTF8.GetBytes(valid[..random.Next(1, valid.Length - 1)]),
        };
        return new HostileRequest("encoding: broken body", "POST", path, body, "application/json", Bearer(target.Token));
    }

    /// <summary>The JSON text with raw bytes put inside its request id string: invalid UTF-8 where a string is expected.</summary>
    private static byte[] Splice(string json, byte[] bytes)
    {
        var at = json.IndexOf("fuzz-", StringComparison.Ordinal);
        var utf8 = Encoding.UTF8.GetBytes(json[..at]);
        return [.. utf8, .. bytes, .. Encoding.UTF8.GetBytes(json[at..])];
    }

    private static HostileRequest Json(string category, string method, string path, string body, KeyValuePair<string, string>[] headers) =>
        new(category, method, path, Encoding.UTF8.GetBytes(body), "application/json", headers);

    private static HostileRequest Request(string category, string method, string path, string? body, KeyValuePair<string, string>[] headers) =>
        new(category, method, path, body is null ? null : Encoding.UTF8.GetBytes(body), body is null ? null : "application/json", headers);

    private static KeyValuePair<string, string>[] Bearer(string token) => [new("Authorization", "Bearer " + token)];

    private static KeyValuePair<string, string>[] ModeratorKey(string key) => [new("X-Moderator-Key", key)];

    /// <summary>A path segment that reaches the server as the text itself (dot segments would be resolved by the client).</summary>
    private static string Segment(string text) => text is "." or ".." ? "%2E%2E%2F" : Uri.EscapeDataString(text);

    /// <summary>A session code that names neither A nor B: hostile text, a well-formed code nobody created, or A's code mangled.</summary>
    private string UnknownSession()
    {
        while (true)
        {
            var candidate = random.Next(3) switch
            {
                0 => random.Pick(Strings),
                1 => new string([.. Enumerable.Range(0, target.Code.Length).Select(_ => (char)('A' + random.Next(26)))]),
                _ => target.Code[..^1] + random.Pick(["'", "%", "\u0000", "0", "'; DROP TABLE ledger; --"]),
            };
            if (!target.NamesASession(candidate))
                return Segment(candidate);
        }
    }

    private List<T> Shuffle<T>(List<T> items) => [.. items.OrderBy(_ => random.Next())];
}
