using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsensusLab.Grains;

/// <summary>How grain state is written to the store: camel-case JSON with enums by name, so rows stay readable.</summary>
public static class GrainStateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
