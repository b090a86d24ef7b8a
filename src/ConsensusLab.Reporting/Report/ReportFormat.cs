using System.Globalization;
using System.Net;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// How the report writes text and figures into HTML. User text (titles, prompts, labels, group names) goes into
/// &lt;bdi&gt; so that a Latin title cannot reorder an Arabic sentence around it; every figure is a left-to-right isolate
/// so that "52–70%" or "−0.25" keeps its order inside right-to-left text. Digits are Western in every language.
/// </summary>
internal static class ReportFormat
{
    public const string Undefined = "—";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string User(string text) => $"<bdi>{Encode(text)}</bdi>";

    public static string Figure(string text) => $"<bdi dir=\"ltr\" class=\"n\">{Encode(text)}</bdi>";

    public static string Percent(double? share) => share is { } s && double.IsFinite(s) ? Figure(PercentText(s)) : Undefined;

    public static string PercentText(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A Wilson interval as "52–70%".</summary>
    public static string Interval(Proportion? share) =>
        share is { Lower: { } lower, Upper: { } upper }
            ? Figure(string.Create(CultureInfo.InvariantCulture, $"{lower * 100:0}–{upper * 100:0}%"))
            : Undefined;

    public static string Number(double? value, string format = "0.00") =>
        value is { } v && double.IsFinite(v) ? Figure(Signed(v, format)) : Undefined;

    /// <summary>A signed change: "+4" or "−0.12", with a true minus sign.</summary>
    public static string Change(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? Figure((v > 0 ? "+" : "") + Signed(v, format)) : Undefined;

    public static string Count(long value) => Figure(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A term of a definition list; the definition is HTML already.</summary>
    public static void Term(System.Text.StringBuilder html, string term, string definition) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{Encode(term)}</dt><dd>{definition}</dd>");

    private static string Signed(double value, string format) =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);
}
