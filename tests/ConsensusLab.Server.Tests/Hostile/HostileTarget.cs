namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>
/// What the attacker aims at: session A (open, with every kind of question and one closed question), a participant of
/// A who has answered (their request ids are replayed), and the credentials of a second session B and of a participant
/// who withdrew, to present where they do not belong.
/// </summary>
internal sealed record HostileTarget(
    string Code,
    string OtherCode,
    string ModeratorKey,
    string ViewKey,
    string OtherModeratorKey,
    string OtherViewKey,
    string Token,
    string OtherToken,
    string WithdrawnToken,
    IReadOnlyList<string> Groups,
    IReadOnlyList<(string Question, string RequestId, string Answer)> Answered)
{
    /// <summary>Question ids of A and the number of options or items each has (0 for the position question).</summary>
    public static readonly IReadOnlyDictionary<string, int> Questions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["agree"] = 5,
        ["pick"] = 3,
        ["multi"] = 4,
        ["rank"] = 3,
        ["axis"] = 0,
        ["closed"] = 5,
    };

    public static object Definition => new
    {
        title = "Hostile input",
        questions = new object[]
        {
            new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints },
            new { id = "pick", kind = "singleChoice", prompt = "Pick one.", options = new[] { "A", "B", "C" } },
            new { id = "multi", kind = "multipleChoice", prompt = "Pick any.", options = new[] { "A", "B", "C", "D" } },
            new { id = "rank", kind = "ranking", prompt = "Rank them.", options = new[] { "X", "Y", "Z" } },
            new { id = "axis", kind = "position", prompt = "Evolve or create?" },
            new { id = "closed", kind = "likert", prompt = "Asked already.", options = Sessions.FivePoints },
        },
    };

    /// <summary>Whether a path segment, as the server decodes it, could name session A or B (codes are trimmed and upper-cased).</summary>
    public bool NamesASession(string segment) =>
        segment.Trim().ToUpperInvariant() is var normalized && (normalized == Code || normalized == OtherCode);
}
