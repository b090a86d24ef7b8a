namespace ConsensusLab.Server.Tests;

/// <summary>Session definitions the tests create, as a moderator would post them.</summary>
internal static class Sessions
{
    public static readonly string[] FivePoints = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    public static object LikertAndPosition => new
    {
        title = "Test session",
        description = "Created by a test",
        // The day LDC status is taken on: pinned, so the participation figures do not change with the calendar.
        heldOn = "2026-11-23",
        // Tests check each group's figures on a handful of participants; privacy has its own tests.
        privacyThreshold = 1,
        questions = new object[]
        {
            new { id = "agree", kind = "likert", prompt = "We agree.", options = FivePoints },
            new { id = "axis", kind = "position", prompt = "Evolve or create?", axis = new { left = "Evolve", right = "Create", statusQuo = -0.5, statusQuoLabel = "Status quo" } },
            new { id = "pick", kind = "singleChoice", prompt = "Pick one.", options = new[] { "A", "B", "C" } },
        },
    };
}
