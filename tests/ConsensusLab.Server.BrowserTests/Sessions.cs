namespace ConsensusLab.Server.BrowserTests;

/// <summary>Session definitions the browser tests create.</summary>
internal static class Sessions
{
    public static readonly string[] Likert5 = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    /// <summary>The enhanced-cooperation debate in three questions; a privacy threshold of 1 shows every group's figures.</summary>
    public static object EnhancedCooperation(int privacyThreshold = 1, bool requireInvites = false) => new
    {
        requestId = Guid.NewGuid(),
        title = "Enhanced cooperation: where do we stand?",
        description = "Tunis Agenda, paragraphs 69–71.",
        includeAcademia = false,
        privacyThreshold,
        requireInvites,
        questions = new object[]
        {
            new
            {
                id = "footing", kind = "likert", prompt = "Governments can carry out their roles on an equal footing today.",
                options = Likert5,
            },
            new
            {
                id = "axis", kind = "position", prompt = "Where should Internet governance go from here?", options = Array.Empty<string>(),
                axis = new { left = "Evolve existing structures", right = "Create new structures", statusQuo = -0.5, statusQuoLabel = "Status quo" },
            },
            new
            {
                id = "venue", kind = "singleChoice", prompt = "Which venue should take this forward?",
                options = new[] { "IGF", "CSTD working group", "A new body" },
            },
        },
    };

    /// <summary>One ranking question, as the moderator typed its items.</summary>
    public static object Priorities() => new
    {
        requestId = Guid.NewGuid(),
        title = "Priorities for the next IGF mandate",
        privacyThreshold = 1,
        questions = new object[]
        {
            new
            {
                id = "priorities", kind = "ranking", prompt = "Rank the priorities, most important first.",
                options = new[] { "Participation from developing countries", "Stable funding", "Intersessional work" },
            },
        },
    };

    /// <summary>One strictly moderated statements question with two seeded statements (issue 14).</summary>
    public static object Deliberation() => new
    {
        requestId = Guid.NewGuid(),
        title = "What should the forum do next?",
        privacyThreshold = 1,
        questions = new object[]
        {
            new
            {
                id = "talk", kind = "statements", prompt = "What should the forum do next?",
                options = new[] { "Meet twice a year.", "Rotate the chair among the stakeholder groups." },
                statements = new { moderation = "strict" },
            },
        },
    };

    /// <summary>What runs through every word of <see cref="LongWords"/>: text that contains it is session text.</summary>
    public const string LongWordStem = "governancegovernance";

    /// <summary>
    /// Every kind of text a moderator types as one long word with no place to break it (issue 10, finding 9), within the
    /// lengths the server accepts; <paramref name="mark"/> starts the group name, the prompts and the first options.
    /// </summary>
    public static object LongWords(string mark = "") => new
    {
        requestId = Guid.NewGuid(),
        title = Unbroken("https://title.example.org/", 200),
        description = Unbroken("https://description.example.org/", 200),
        privacyThreshold = 1,
        groups = new object[]
        {
            new { code = "LONG", name = mark + Unbroken("Group", 70), description = Unbroken("https://group.example.org/", 200), rollUp = "CS" },
            new { code = "GOV", name = "Government", description = "National governments.", rollUp = "GOV" },
        },
        questions = new object[]
        {
            new
            {
                id = "choice", kind = "singleChoice", prompt = mark + Unbroken("https://choice.example.org/", 190),
                options = new[] { mark + Unbroken("https://a.example.org/", 190), Unbroken("https://b.example.org/", 200), "Short" },
            },
            new
            {
                id = "likert", kind = "likert", prompt = mark + Unbroken("https://likert.example.org/", 190),
                options = Likert5.Select((label, i) => i == 0 ? mark + Unbroken(label, 190) : label).ToArray(),
            },
            new
            {
                id = "ranking", kind = "ranking", prompt = mark + Unbroken("https://ranking.example.org/", 190),
                options = new[] { mark + Unbroken("https://first.example.org/", 190), Unbroken("https://second.example.org/", 200) },
            },
            new
            {
                id = "axis", kind = "position", prompt = mark + Unbroken("https://axis.example.org/", 190), options = Array.Empty<string>(),
                axis = new { left = Unbroken("Left", 100), right = Unbroken("Right", 100), statusQuo = 0.1, statusQuoLabel = Unbroken("Status", 100) },
            },
        },
    };

    /// <summary>Exactly <paramref name="length"/> characters: <paramref name="start"/>, then the stem over and over.</summary>
    public static string Unbroken(string start, int length) =>
        (start + string.Concat(Enumerable.Repeat(LongWordStem, length / LongWordStem.Length + 1)))[..length];
}
