using System.Text.Json;

namespace ConsensusLab.Reporting;

/// <summary>Enum values as reports spell them: camelCase, the same as in the API and the JSON files.</summary>
internal static class ReportNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
