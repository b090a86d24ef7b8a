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
}
