using static ConsensusLab.Server.Tests.Hostile.HostileValues;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>Moderator endpoints: invalid bodies under the right key, valid bodies under a wrong one, and unknown path segments.</summary>
internal sealed partial class HostileRequestGenerator
{
    private HostileRequest PoisonedModeratorBody()
    {
        var key = ModeratorKey(target.ModeratorKey);
        switch (random.Next(3))
        {
            case 0:
                var scheme = random.Next(4) switch { 0 => "null", 1 => NotAString(random), _ => random.Pick(StringLiterals) };
                var weighting = random.Next(6) == 0 ? Object([(random.Pick(Strings), Quote("custom"))]) : Object([("scheme", scheme)]);
                return Json("weighting: bad scheme", "PUT", $"/api/sessions/{target.Code}/weighting", weighting, key);
            case 1:
                var weight = random.Next(3) switch
                {
                    0 => random.Pick(["-1", "-0.001", "1000.5", "1e308", "1e400", "-1e400", "2147483648"]),
                    1 => NotANumber(random),
                    _ => random.Pick(["null", "{}"]),
                };
                var body = weight == "{}" ? "{}" : Object([("weight", weight)]);
                return Json("group weight: bad weight", "PUT", $"/api/sessions/{target.Code}/groups/{random.Pick(target.Groups)}/weight", body, key);
            default:
                var group = random.Next(4) switch { 0 => NotAString(random), 1 => "null", _ => random.Pick(StringLiterals) };
                var invites = random.Next(2) == 0
                    ? Object([("group", group), ("count", random.Next(2) == 0 ? "1" : AnyValue(random))])
                    : Object([("group", Quote(random.Pick(target.Groups))), ("count", random.Pick(["0", "-1", "501", "100000", NotAnInteger(random)]))]);
                return Json("invites: bad group or count", "POST", $"/api/sessions/{target.Code}/invites", invites, key);
        }
    }

    /// <summary>Every moderator endpoint of session A with a valid body, as (method, path below the session, body, whether a view key may read it).</summary>
    private (string Method, string Path, string? Body, bool ViewerMayRead) ModeratorEndpoint()
    {
        var question = AnyQuestion();
        var group = random.Pick(target.Groups);
        return random.Next(15) switch
        {
            0 => ("POST", "open", null, false),
            1 => ("POST", "close", null, false),
            2 => ("POST", $"questions/{question}/open", null, false),
            3 => ("POST", $"questions/{question}/close", null, false),
            4 => ("POST", $"questions/{question}/reveal", null, false),
            5 => ("POST", $"questions/{question}/rounds", null, false),
            6 => ("PUT", "weighting", Object([("scheme", Quote(random.Pick(["custom", "headcount", "equalFooting"])))]), false),
            7 => ("PUT", $"groups/{group}/weight", Object([("weight", "2")]), false),
            8 => ("POST", "invites", Object([("group", Quote(group)), ("count", "3")]), false),
            9 => ("GET", $"exports/{random.Pick(["answers.csv", "summary.csv", "summary.json", "participation.csv", "participation.json", "timeline.csv"])}", null, false),
            10 => ("GET", $"questions/{question}/rounds/1/change", null, false),
            11 => ("GET", "meters", null, true),
            12 => ("PUT", "projector", Object([("mode", Quote(random.Pick(["automatic", "join"])))]), false),
            13 => ("GET", $"questions/{question}/rounds/1/timeline", null, true),
            _ => ("GET", $"questions/{question}/meters", null, true),
        };
    }

    private HostileRequest ModeratorEndpointWithForeignCredentials()
    {
        var (method, path, body, viewerMayRead) = ModeratorEndpoint();
        KeyValuePair<string, string>[] credentials = random.Next(viewerMayRead ? 6 : 8) switch
        {
            0 => [],
            1 => ModeratorKey(target.OtherModeratorKey),
            2 => ModeratorKey(target.OtherViewKey),
            3 => ModeratorKey(random.Pick(HeaderValues)),
            4 => ModeratorKey(Mangle(target.ModeratorKey)),
            5 => Bearer(target.Token),
            6 => ModeratorKey(target.ViewKey),
            _ => [],
        };
        var query = random.Next(5) switch
        {
            0 => $"?key={Uri.EscapeDataString(random.Pick(Strings))}",
            1 when !viewerMayRead => $"?key={Uri.EscapeDataString(target.ViewKey)}",
            2 => $"?key={Uri.EscapeDataString(target.OtherModeratorKey)}",
            _ => "",
        };
        return Request("moderator: foreign credentials", method, $"/api/sessions/{target.Code}/{path}{query}", body, credentials);
    }

    private HostileRequest ModeratorEndpointOfAnUnknownPlace()
    {
        var key = ModeratorKey(target.ModeratorKey);
        var unknown = Segment(random.Pick(Strings));
        var place = random.Next(6);
        (string Method, string Path, string? Body, bool) endpoint = place switch
        {
            0 => ("POST", $"questions/{unknown}/{random.Pick(["open", "close", "reveal", "rounds"])}", null, false),
            1 => ("PUT", $"groups/{unknown}/weight", Object([("weight", "2")]), false),
            2 => ("GET", $"exports/{unknown}", null, false),
            3 => ("GET", $"questions/{AnyQuestion()}/rounds/{random.Pick(["0", "-1", "2", "99", "2147483647", "2147483648", unknown])}/{random.Pick(["distribution", "change"])}", null, false),
            4 => ("GET", $"questions/{unknown}/meters", null, false),
            _ => ModeratorEndpoint(),
        };
        // A known endpoint is an unknown place only in an unknown session; the others are unknown in A too.
        var session = place < 5 && random.Next(5) != 0 ? target.Code : UnknownSession();
        return Request("moderator: unknown place", endpoint.Method, $"/api/sessions/{session}/{endpoint.Path}", endpoint.Body, key);
    }

    private HostileRequest WithdrawalWithForeignCredentials() => random.Next(4) == 0
        ? Request("withdraw: into another session", "POST", $"/api/sessions/{target.OtherCode}/participants/me/withdraw", null, Bearer(target.Token))
        : Request("withdraw: foreign credentials", "POST", $"/api/sessions/{target.Code}/participants/me/withdraw", null, ForeignParticipantCredentials());

    /// <summary>A key that is nearly right: cut short, lengthened, reversed, in another case, or the right one twice.</summary>
    private string Mangle(string key) => random.Next(5) switch
    {
        0 => key[..^1],
        1 => key + "x",
        3 => new string(key.Reverse().ToArray()),
        2 => string.Equals(key.ToUpperInvariant(), key, StringComparison.Ordinal) ? key.ToLowerInvariant() : key.ToUpperInvariant(),
        _ => key + "," + key,
    };

    /// <summary>Anything but the token of a participant of session A who may still answer.</summary>
    private KeyValuePair<string, string>[] ForeignParticipantCredentials() => random.Next(10) switch
    {
        0 => [],
        1 => [new("Authorization", "Bearer")],
        2 => Bearer(target.OtherToken),
        3 => Bearer(target.WithdrawnToken),
        4 => Bearer(target.ViewKey),
        5 => Bearer(target.ModeratorKey),
        6 => [new("Authorization", "Basic " + target.Token)],
        7 => [new("Authorization", "Bearer " + target.Token + new string('x', 200))],
        8 => [new("Authorization", "Bearer " + target.Token + " " + target.Token)],
        _ => Bearer(random.Pick(HeaderValues)),
    };
}
