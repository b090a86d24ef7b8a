using System.Text.Json.Nodes;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Sessions;

/// <summary>Stores a new session as an older schema wrote it: the field added since left out, the schema version set back.</summary>
internal static class OlderSessionState
{
    public static async Task<string> StoreAsync(TestSilo silo, string addedField, int schemaVersion)
    {
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        await silo.DeactivateAllAsync();
        var stored = (await silo.States.ReadAsync(GrainTypes.Session, $"{GrainTypes.Session}/{code}", default))!;
        var older = JsonNode.Parse(stored.Payload)!.AsObject();
        older.Remove(older.Select(p => p.Key).Single(k => k.Equals(addedField, StringComparison.OrdinalIgnoreCase)));
        older[older.Select(p => p.Key).Single(k => k.Equals("schemaVersion", StringComparison.OrdinalIgnoreCase))] = schemaVersion;
        await silo.States.WriteAsync(GrainTypes.Session, stored.GrainId, older.ToJsonString(), stored.Version, default);
        return code;
    }
}
