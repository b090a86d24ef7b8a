using System.Globalization;
using System.Text;
using static ConsensusLab.Reporting.ReportFormat;

namespace ConsensusLab.Reporting;

/// <summary>The report's title page and its participation block.</summary>
internal static class ReportFrontMatter
{
    public static void TitlePage(StringBuilder html, ReportContext context, ParticipationFigures participation)
    {
        var text = context.Text;
        var definition = context.Archive.Session.Definition;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"title-page\"><p class=\"eyebrow\">{Encode(text["report.title"])}</p><h1>{User(definition.Title)}</h1>");
        if (!string.IsNullOrWhiteSpace(definition.Description))
            html.Append(CultureInfo.InvariantCulture, $"<p>{User(definition.Description)}</p>");
        html.Append("<dl>");
        Term(html, text["report.date"], Figure(context.Archive.Session.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Term(html, text["report.code"], Figure(context.Archive.Session.Code));
        Term(html, text["report.participants"], Count(participation.Total));
        Term(html, text["report.questionCount"], Count(definition.Questions.Length));
        Term(html, text["report.weighting"], context.SchemeName(context.Scheme));
        html.Append("</dl></section>");
    }

    /// <summary>The IGF workshop report's participation line, in its order, each figure with its basis.</summary>
    public static void Participation(StringBuilder html, ReportContext context, ParticipationFigures figures)
    {
        var text = context.Text;
        // Each cell is marked with the figure's name, so that tests and scripts can read the block off the page.
        (string Name, string Key, ParticipationCount Figure)[] line =
        [
            ("female", "gender.female", figures.Gender.Female),
            ("male", "gender.male", figures.Gender.Male),
            ("young", "report.young", figures.Age.Young),
            ("developing", "report.developing", figures.Development.DevelopingExcludingLdc),
            ("developed", "report.developed", figures.Development.Developed),
            ("ldc", "report.ldc", figures.Development.LeastDeveloped),
        ];
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"participation\"><h2>{Encode(text["report.participation"])}</h2><table class=\"igf\"><thead><tr>");
        foreach (var (_, key, _) in line)
            html.Append(CultureInfo.InvariantCulture, $"<th>{text.Format(key, ("age", figures.Age.YoungUnderAge.ToString(CultureInfo.InvariantCulture)))}</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(text["report.total"])}</th></tr></thead><tbody><tr>");
        foreach (var (name, _, figure) in line)
            html.Append(CultureInfo.InvariantCulture, $"<td data-figure=\"{name}\">{Count(figure.Count)}</td>");
        html.Append(CultureInfo.InvariantCulture, $"<td data-figure=\"total\">{Count(figures.Total)}</td></tr><tr class=\"basis\">");
        foreach (var (_, _, figure) in line)
            html.Append(CultureInfo.InvariantCulture, $"<td>{text.Format("report.basis", ("basis", Count(figure.Basis)))}</td>");
        html.Append("<td></td></tr></tbody></table>");
        var withdrawn = figures.Withdrawn > 0 ? " " + text.Format("report.withdrawn", ("count", Count(figures.Withdrawn))) : "";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{text.Format("report.line", ("line", Figure(figures.IgfReportLine)))}{withdrawn}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Encode(text["meters.group"])}</th><th class=\"num\">n</th><th class=\"num\">%</th></tr></thead><tbody>");
        foreach (var group in figures.StakeholderGroups)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{context.GroupName(group.Code)}</td><td class=\"num\">{Count(group.Count)}</td><td class=\"num\">{Percent(group.Share)}</td></tr>");
        html.Append("</tbody></table></section>");
    }
}
