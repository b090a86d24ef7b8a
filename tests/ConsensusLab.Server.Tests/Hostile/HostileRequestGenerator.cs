using System.Text;
using static ConsensusLab.Server.Tests.Hostile.HostileValues;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>
/// Generates adversarial requests against a <see cref="HostileTarget"/> from a seeded random source. Each request carries
/// at least one defect that the server must refuse it for (a poisoned field, a wrong credential, an unknown path segment,
/// a wrong content type, an oversize body); everything else in it may be valid or hostile at random. The few requests a
/// server may accept are marked <see cref="HostileRequest.MayBeAccepted"/>: public reads, and an answer's exact replay.
/// </summary>
internal sealed partial class HostileRequestGenerator(HostileTarget target, Random random)
{
    private const int BodyLimit = 16 * 1024;
    private const int DefinitionLimit = 1024 * 1024;
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO"];
    private static readonly string[] ForeignContentTypes =
    [
        "text/plain", "text/plain; charset=utf-8", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/octet-stream", "text/html", "text/json", "application/jsonp", "json", "*/*",
    ];

    // An unknown charset gets a 500 today; ContentTypeTests holds that bug until it is fixed.
    private static readonly string[] BadCharsets = ["application/json; charset=utf-16", "application/json; charset=latin1", "application/json; charset=utf-32", "application/json; charset=nope"];
    private int _requestIds;

    /// <summary>The next request; the categories come in fixed proportions.</summary>
    public HostileRequest Next() => random.Next(20) switch
    {
        0 or 1 or 2 => PoisonedAnswer(),
        3 => AnswerWithForeignCredentials(),
        4 => AnswerToAnUnknownPlace(),
        5 => Replay(),
        6 or 7 => PoisonedJoin(),
        8 => JoinAnUnknownSession(),
        9 or 10 => PoisonedSession(),
        11 => PoisonedModeratorBody(),
        12 or 13 => ModeratorEndpointWithForeignCredentials(),
        14 => WithdrawalWithForeignCredentials(),
        15 => RandomMethod(),
        16 => ForeignContentType(),
        17 => Oversize(),
        18 => BrokenEncoding(),
        _ => ModeratorEndpointOfAnUnknownPlace(),
    };

    private string FreshRequestId() => $"fuzz-{_requestIds++}";

    /// <summary>A valid answer to the question with a request id never used: only another defect may get it refused.</summary>
    private string ValidAnswer(string question, params (string, string)[] extra) => Object(
        new (string, string)[] { ("requestId", Quote(FreshRequestId())), ValidValue(question) }.Concat(extra));

    private (string, string) ValidValue(string question)
    {
        var options = HostileTarget.Questions[question];
        return question switch
        {
            "multi" => ("choices", $"[{string.Join(',', Enumerable.Range(0, options).Where(_ => random.Next(2) == 0))}]"),
            "rank" => ("ranking", $"[{string.Join(',', Enumerable.Range(0, options).OrderBy(_ => random.Next()))}]"),
            "axis" => ("position", (random.NextDouble() * 2 - 1).ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            _ => ("choice", random.Next(options).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private string OpenQuestion() => random.Pick(["agree", "pick", "multi", "rank", "axis"]);

    private string AnyQuestion() => random.Pick([.. HostileTarget.Questions.Keys]);

    private static string AnswersPath(string code, string question) => $"/api/sessions/{code}/questions/{question}/answers";

    private HostileRequest PoisonedAnswer()
    {
        var question = AnyQuestion();
        var fields = new List<(string, string)>();
        var requestId = random.Next(5) switch
        {
            0 => AnyValue(random),
            1 => Quote(new string('r', AnswerRequestIdLimit + 1 + random.Next(500))),
            // Issue 10: outside the documented alphabet (a NUL once made PostgreSQL answer 500).
            2 => random.Pick(["\"nul\\u0000id\"", "\"space id\"", "\"\"", "\"émoji-🙂\"", "\"tab\\tid\""]),
            _ => Quote(FreshRequestId()),
        };
        fields.Add(("requestId", requestId));
        fields.AddRange(PoisonedValue(question));
        if (random.Next(4) == 0)
            fields.Add((random.Pick(Strings), AnyValue(random)));
        if (random.Next(8) == 0)
            fields.Add(("requestId", random.Pick(StringLiterals)));
        return Json("answer: poisoned body", "POST", AnswersPath(target.Code, question), Object(Shuffle(fields)), Bearer(target.Token));
    }

    private const int AnswerRequestIdLimit = 100;

    /// <summary>Answer fields that no question of this kind accepts, whatever else the body holds (no other value field is added).</summary>
    private IEnumerable<(string, string)> PoisonedValue(string question)
    {
        var options = HostileTarget.Questions[question];
        var (field, _) = ValidValue(question);
        switch (random.Next(5))
        {
            case 0:
                // The right field with a value out of range.
                yield return (field, field switch
                {
                    "choices" => random.Pick(["[1,1]", $"[{options}]", "[-1]", "[0,1,2,3,4]", "[2147483647]", $"[{string.Join(',', Enumerable.Repeat(0, 3_000))}]"]),
                    "ranking" => random.Pick(["[0,1]", "[0,0,1]", "[0,1,3]", "[]", "[0,1,2,0]", "[-1,0,1]", "[2,1,0,3]"]),
                    "position" => random.Pick(["1.0000001", "-1.5", "2", "1e308", "-1e308", "1e400", "-1e400"]),
                    _ => random.Pick(["-1", $"{options}", "2147483647", "-2147483648", "100"]),
                });
                break;
            case 1:
                // The right field with a value of the wrong type.
                yield return (field, field switch
                {
                    "choices" or "ranking" => random.Pick(["\"0,1\"", "1", "{}", "[1.5]", "[[1]]", "[null]", "[\"a\"]", "[true]", "[1e400]", DeepArray, "NaN"]),
                    "position" => NotANumber(random),
                    _ => NotAnInteger(random),
                });
                break;
            case 2:
                // A field of another kind of question instead.
                yield return random.Pick(new[] { ("choice", "1"), ("choices", "[0]"), ("ranking", "[0,1,2]"), ("position", "0.5") }.Where(f => f.Item1 != field).ToList());
                break;
            case 3:
                // Two value fields at once.
                yield return ValidValue(question);
                yield return field == "position" ? ("choice", "0") : ("position", "0.25");
                break;
            default:
                // No value at all, or an explicit null.
                if (random.Next(2) == 0)
                    yield return (field, "null");
                break;
        }
    }

    private HostileRequest AnswerWithForeignCredentials()
    {
        var question = AnyQuestion();
        if (random.Next(4) == 0)
            return Json("answer: token of another session", "POST", AnswersPath(target.OtherCode, question), ValidAnswer(question), Bearer(target.Token));
        return Json("answer: foreign credentials", "POST", AnswersPath(target.Code, question), ValidAnswer(question), ForeignParticipantCredentials());
    }

    private HostileRequest AnswerToAnUnknownPlace()
    {
        var question = OpenQuestion();
        return random.Next(3) switch
        {
            0 => Json("answer: unknown session", "POST", AnswersPath(UnknownSession(), question), ValidAnswer(question), Bearer(target.Token)),
            1 => Json("answer: unknown question", "POST", AnswersPath(target.Code, Segment(random.Pick(Strings))), ValidAnswer(question), Bearer(target.Token)),
            _ => Json("answer: closed question", "POST", AnswersPath(target.Code, "closed"), ValidAnswer("closed"), Bearer(target.Token)),
        };
    }

    /// <summary>An answer the participant gave, sent again: to another question, into another session, or (accepted, stored once) as it was.</summary>
    private HostileRequest Replay()
    {
        var (question, requestId, answer) = target.Answered[random.Next(target.Answered.Count)];
        var body = Object([("requestId", Quote(requestId)), .. AnswerFields(answer)]);
        return random.Next(3) switch
        {
            0 => Json("replay: into another question", "POST", AnswersPath(target.Code,
                random.Pick([.. HostileTarget.Questions.Keys.Where(q => q != question)])), body, Bearer(target.Token)),
            1 => Json("replay: into another session", "POST", AnswersPath(target.OtherCode, question), body, Bearer(target.Token)),
            _ => Json("replay: as it was", "POST", AnswersPath(target.Code, question), body, Bearer(target.Token)) with { MayBeAccepted = true },
        };
    }

    private static IEnumerable<(string, string)> AnswerFields(string answer) =>
        System.Text.Json.Nodes.JsonNode.Parse(answer)!.AsObject().Select(p => (p.Key, p.Value!.ToJsonString()));
}
