using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace ConsensusLab.Reporting;

/// <summary>
/// The report's fixed words in one language. They come from the pages' own language files (wwwroot/i18n, embedded in
/// this assembly), not from a resource of the report's own: group names, scheme names, verdicts and genders then read
/// exactly as on the screens the room saw, and a translator keeps one file per language. The report's own sentences
/// are the "report." keys there. A key missing in a language falls back to English, then to the key itself.
/// </summary>
internal sealed class ReportText
{
    private static readonly Lazy<ReportText> English = new(() => Load(ReportLanguages.Default, null));

    private readonly FrozenDictionary<string, string> _strings;
    private readonly ReportText? _fallback;

    private ReportText(string language, FrozenDictionary<string, string> strings, ReportText? fallback)
    {
        Language = language;
        _strings = strings;
        _fallback = fallback;
    }

    public string Language { get; }

    public static ReportText For(string language) =>
        language == ReportLanguages.Default ? English.Value : Load(language, English.Value);

    public bool Has(string key) => _strings.ContainsKey(key) || (_fallback?.Has(key) ?? false);

    public string this[string key] => _strings.TryGetValue(key, out var value) ? value : _fallback?[key] ?? key;

    /// <summary>The string as HTML, its {name} placeholders replaced by values that are HTML already.</summary>
    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = ReportFormat.Encode(this[key]);
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    private static ReportText Load(string language, ReportText? fallback)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"ConsensusLab.Reporting.i18n.{language}.json");
        using var stream = typeof(ReportText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The language file {name} is not embedded.");
        var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        return new ReportText(language, strings.ToFrozenDictionary(StringComparer.Ordinal), fallback);
    }
}
