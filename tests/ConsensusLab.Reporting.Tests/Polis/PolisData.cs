using ConsensusLab.Reporting.Polis;

namespace ConsensusLab.Reporting.Tests.Polis;

/// <summary>The real Polis conversations copied into Polis/Data (CC BY 4.0, The Computational Democracy Project).</summary>
internal static class PolisData
{
    public const string Seattle = "15-per-hour-seattle";
    public const string Scoop = "scoop-hivemind.ubi";

    public static PolisConversation Conversation(string name)
    {
        using var comments = File.OpenText(PathOf(name, "comments.csv"));
        using var votes = File.OpenText(PathOf(name, "votes.csv"));
        return PolisFormat.Read(comments, votes);
    }

    public static IReadOnlyDictionary<string, int?> PolisGroups(string name)
    {
        using var participants = File.OpenText(PathOf(name, "participants-votes.csv"));
        return PolisFormat.ReadGroups(participants);
    }

    private static string PathOf(string name, string file) => Path.Combine(AppContext.BaseDirectory, "Polis", "Data", name, file);
}
