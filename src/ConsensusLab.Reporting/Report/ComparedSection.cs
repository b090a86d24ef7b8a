using System.Globalization;
using System.Text;
using ConsensusLab.Statistics;
using static ConsensusLab.Reporting.ReportFormat;

namespace ConsensusLab.Reporting;

/// <summary>
/// "Compared with earlier sessions": a linked question's figure in each session of its series (those the reader may
/// see), under the session's scheme, with its interval and the change from the session before with its interval and p.
/// </summary>
internal static class ComparedSection
{
    public static void Write(StringBuilder html, ReportContext context, SeriesComparison comparison)
    {
        var text = context.Text;
        var figures = comparison.Schemes.FirstOrDefault(s => s.Scheme == context.Scheme) ?? comparison.Schemes[0];
        var overall = figures.Overall;
        var share = comparison.Measure == ComparedMeasure.Agree;
        html.Append("<div class=\"compared\">");
        html.Append(CultureInfo.InvariantCulture, $"<h4>{Encode(text["report.compared"])} <span class=\"muted\">· {User(comparison.Series)} · {context.SchemeName(figures.Scheme)}</span></h4>");
        html.Append(ReportSvg.Trend(overall, share, text["report.compared"]));
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Encode(text["comparison.series"])}</th><th class=\"num\">n</th>"
            + $"<th class=\"num\">{Encode(share ? text["report.agreeShare"] : text["meters.mean"])}</th><th class=\"num\">{Encode(text["report.comparedChange"])}</th><th class=\"num\">p</th></tr></thead><tbody>");
        for (var i = 0; i < comparison.Sessions.Length; i++)
        {
            var session = comparison.Sessions[i];
            var figure = overall.Sessions[i];
            var change = i > 0 ? overall.Differences[i - 1] : null;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{User(session.Title)} <span class=\"muted\">{Figure(session.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Count(figure.Respondents)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Value(figure.Estimate, share)} <span class=\"muted\">{Range(figure.Lower, figure.Upper, share)}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{(change is null ? "" : $"{Delta(change.Difference, share)} <span class=\"muted\">{Range(change.Lower, change.Upper, share)}</span>")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{(change?.PValue is { } p ? Number(p, "0.000") : "")}</td></tr>");
        }
        html.Append("</tbody></table>");
        if (comparison.WithheldSessions > 0)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{text.Format("report.comparedWithheld", ("count", Count(comparison.WithheldSessions)))}</p>");
        html.Append("</div>");
    }

    private static string Value(double? value, bool share) => share ? Percent(value) : Number(value);

    /// <summary>A share's change in percentage points, a mean's in axis units.</summary>
    private static string Delta(double? value, bool share) => share ? Change(value * 100, "0") : Change(value, "0.00");

    private static string Range(double? lower, double? upper, bool share) =>
        lower is { } l && upper is { } u
            ? Figure(share
                ? string.Create(CultureInfo.InvariantCulture, $"[{l * 100:0}, {u * 100:0}]")
                : string.Create(CultureInfo.InvariantCulture, $"[{l:0.00}, {u:0.00}]").Replace("-", "−", StringComparison.Ordinal))
            : "";
}
