using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsensusLab.Grains;

/// <summary>
/// How grain state and ledger answers are written: camel-case JSON with enums by name, so rows stay readable and the
/// command line and exports read them without a silo.
/// </summary>
public static class GrainStateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
