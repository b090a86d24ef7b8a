using static ConsensusLab.Server.Tests.Hostile.HostileValues;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>Joins and session definitions, each with a field that makes it invalid.</summary>
internal sealed partial class HostileRequestGenerator
{
    private static readonly string[] JoinFields = ["group", "country", "attendance", "gender", "ageBand", "inviteCode"];

    /// <summary>String literals that are no question id or group code: empty, too long, or with a character ids do not allow.</summary>
    private static readonly string[] NotIdentifiers = [.. StringLiterals.Where(s => s[1..^1] is var text
        && (text.Trim().Length == 0 || text.Length > 20 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))];

    private (string, string)[] ValidJoin() => [("group", Quote(random.Pick(target.Groups))), ("country", Quote("KE")), ("attendance", Quote("onsite"))];

    private HostileRequest PoisonedJoin()
    {
        var poisoned = random.Pick(JoinFields);
        var fields = ValidJoin().Where(f => f.Item1 != poisoned).ToList();
        // Text that is not 2 letters is never an ISO code; not a group, band or invite of the target either.
        var text = random.Pick(StringLiterals.Where(s => s.Length != 4).ToList());
        var value = poisoned switch
        {
            "group" or "country" => random.Next(4) switch { 0 => NotAString(random), 1 => null, _ => text },
            "attendance" or "gender" => random.Next(2) == 0 ? text : NotAString(random),
            "ageBand" => random.Next(3) == 0 ? NotAString(random) : random.Pick(StringLiterals.Where(s => s.Trim('"').Trim().Length > 0).ToList()),
            _ => random.Next(3) == 0 ? NotAString(random) : random.Pick(StringLiterals.Where(s => s.Length is > 2 and <= 42 && s.Trim('"').Trim().Length > 0).ToList()),
        };
        if (value is not null)
            fields.Add((poisoned, value));
        // Other fields the join does not know, or values that are invalid too: never a repair of the poisoned field.
        if (random.Next(3) == 0)
            fields.Add((random.Pick(Strings), AnyValue(random)));
        if (random.Next(4) == 0 && JoinFields.Where(f => f != poisoned).ToList() is var others)
        {
            var other = random.Pick(others);
            fields.RemoveAll(f => f.Item1 == other);
            fields.Add((other, AnyValue(random)));
        }
        return Json($"join: bad {poisoned}", "POST", $"/api/sessions/{target.Code}/participants", Object(Shuffle(fields)), []);
    }

    private HostileRequest JoinAnUnknownSession() =>
        Json("join: unknown session", "POST", $"/api/sessions/{UnknownSession()}/participants", Object(ValidJoin()), []);

    private static string ValidQuestion() => Object([("id", Quote("q")), ("kind", Quote("likert")), ("prompt", Quote("P"))]);

    private HostileRequest PoisonedSession()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Quote(random.Next(2) == 0 ? "Fuzz" : random.Pick(Strings.Where(s => s.Trim().Length is > 0 and <= 200).ToList())),
            ["questions"] = $"[{ValidQuestion()}]",
        };
        if (random.Next(2) == 0)
            fields["description"] = random.Next(2) == 0 ? random.Pick(StringLiterals) : AnyValue(random);
        var poisoned = random.Next(14);
        switch (poisoned)
        {
            case 0:
                fields["title"] = random.Pick(["\"\"", "\"   \"", Quote(new string('T', 201)), "null", NotAString(random)]);
                break;
            case 1:
                fields["questions"] = random.Pick(["[]", "null", "{}", "\"q\"", "1", DeepArray, NotAString(random)]);
                break;
            case 2:
                fields["questions"] = $"[{random.Pick(BadQuestions())}]";
                break;
            case 3:
                fields["questions"] = $"[{ValidQuestion()},{ValidQuestion()}]";
                break;
            case 4:
                fields["privacyThreshold"] = random.Pick(["0", "-1", "101", "2147483648", NotAnInteger(random)]);
                break;
            case 5:
                fields["youngUnderAge"] = random.Pick(["-5", "1000", "2147483647", NotAnInteger(random)]);
                break;
            case 6:
                fields["groups"] = random.Pick(BadGroups());
                break;
            case 7:
                fields["template"] = random.Next(4) == 0 ? NotAString(random) : random.Pick(StringLiterals);
                break;
            case 8:
                fields[random.Pick(["heldOn", "includeAcademia", "requireInvites"])] = random.Pick(["\"2024-13-45\"", "\"yesterday\"", "20240101", "\"yes\"", "1", "[]", "{}"]);
                break;
            case 9:
                fields["questions"] = $"[{string.Join(',', Enumerable.Range(0, 61).Select(i => Object([("id", Quote($"q{i}")), ("kind", Quote("likert")), ("prompt", Quote("P"))])))}]";
                break;
            case 10:
                // Issue 10: null entries, more groups than any forum has, and text that would reorder the page.
                fields[random.Pick(["questions", "groups"])] = random.Pick(["[null]", $"[{ValidQuestion()},null]", "[null,null]"]);
                break;
            case 11:
                fields["groups"] = $"[{string.Join(',', Enumerable.Range(0, 21 + random.Next(2_000)).Select(i => Object([("code", Quote($"G{i}")), ("name", Quote($"Group {i}"))])))}]";
                break;
            case 12:
                fields["title"] = Quote(random.Pick(["\u202eevil", "Tab\tin a title", "Bell\u0007", "Isolate\u2066x\u2069"]));
                break;
            default:
                return Json("session: not an object", "POST", "/api/sessions", random.Pick(["[]", "null", "\"session\"", "1", DeepObject, "{\"title\":"]), []);
        }
        if (random.Next(4) == 0)
            fields[random.Pick(Strings)] = AnyValue(random);
        return Json($"session: bad definition {poisoned}", "POST", "/api/sessions", Object(Shuffle(fields.Select(f => (f.Key, f.Value)).ToList())), []);
    }

    private List<string> BadQuestions() =>
    [
        Object([("id", Quote("q")), ("kind", random.Pick(StringLiterals)), ("prompt", Quote("P"))]),
        Object([("id", Quote("q")), ("kind", NotAString(random)), ("prompt", Quote("P"))]),
        Object([("id", random.Pick(NotIdentifiers)), ("kind", Quote("likert")), ("prompt", Quote("P"))]),
        Object([("id", Quote("q")), ("kind", Quote("likert")), ("prompt", Quote("P")), ("options", "[\"a\",\"b\",\"c\"]")]),
        Object([("id", Quote("q")), ("kind", Quote("likert")), ("prompt", random.Pick(["\"\"", "\"  \"", "null"]))]),
        Object([("id", Quote("q")), ("kind", Quote("singleChoice")), ("prompt", Quote("P")), ("options", random.Pick(["[\"a\"]", "[]", "[\"a\",\"\"]", $"[{string.Join(',', Enumerable.Repeat("\"o\"", 21))}]"]))]),
        Object([("id", Quote("q")), ("kind", Quote("ranking")), ("prompt", Quote("P")), ("options", $"[{string.Join(',', Enumerable.Range(0, 11).Select(i => $"\"o{i}\""))}]")]),
        Object([("id", Quote("q")), ("kind", Quote("position")), ("prompt", Quote("P")), ("axis", Object([("left", Quote("L")), ("right", Quote("R")), ("statusQuo", random.Pick(["2", "-1.5", "1e400", "NaN", "\"NaN\"", "\"Infinity\""]))]))]),
        Object([("id", Quote("q")), ("kind", Quote("likert")), ("prompt", Quote("P")), ("options", random.Pick(["\"a\"", "[1,2,3,4,5]", "[null,null,null,null,null]", DeepArray]))]),
    ];

    private List<string> BadGroups()
    {
        static string Group(string code, string name) => Object([("code", code), ("name", name)]);
        return
        [
            $"[{Group(random.Pick(NotIdentifiers), Quote("Name"))}]",
            $"[{Group(Quote("overall"), Quote("Everyone"))}]",
            $"[{Group(Quote("G"), Quote("One"))},{Group(Quote("G"), Quote("Two"))}]",
            $"[{Group(Quote("G"), random.Pick(["\"\"", "\" \"", "null"]))}]",
            $"[{Group(Quote(new string('G', 21)), Quote("Long"))}]",
            $"[{Group(NotAString(random), Quote("Typed"))}]",
            random.Pick(["\"groups\"", "{}", "1", "[1]", "[[]]"]),
        ];
    }
}
