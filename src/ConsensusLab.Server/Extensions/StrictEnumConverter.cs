using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Enums as their camel-case names, read exactly: "likert", not "Likert ", "LIKERT", "1" or "equalFooting,headcount".
/// The framework's converter is lenient (any case, padding, flag combinations); an API that says what it accepts
/// should accept only that.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

        private static readonly FrozenDictionary<TEnum, string> Names = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && ByName.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"Expected one of {string.Join(", ", ByName.Keys.Select(k => $"\"{k}\""))}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Names.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} has no name."));
    }
}
