using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsensusLab.Server.Extensions;

/// <summary>The API's JSON: camel case, enums by camel-case name, nulls written (a null figure means undefined).</summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new StrictEnumConverter());
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = 32;
    }

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
