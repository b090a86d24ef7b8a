using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>Meters compared by their figures: versions are ledger sequences, which differ between databases.</summary>
internal static class MeterComparison
{
    public static string Figures(JsonNode meters)
    {
        var copy = meters.DeepClone();
        Strip(copy);
        return copy.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("version");
                obj.Remove("sessionCode");
                foreach (var (_, child) in obj)
                    Strip(child);
                break;
            case JsonArray array:
                foreach (var child in array)
                    Strip(child);
                break;
        }
    }
}
