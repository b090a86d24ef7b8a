using System.Globalization;
using System.Text;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;
using static ConsensusLab.Reporting.ReportFormat;

namespace ConsensusLab.Reporting;

/// <summary>One question of the report: its wording, the room's meter, each group's figure, the cross-group reading.</summary>
internal static class QuestionSection
{
    public static void Write(StringBuilder html, ReportContext context, int number, QuestionSummary question, QuestionMeters meters,
        IReadOnlyList<RoundShift> shifts)
    {
        var text = context.Text;
        html.Append("<section class=\"question\">");
        html.Append(CultureInfo.InvariantCulture, $"<h3>{text.Format("report.question", ("number", Count(number)))} {User(question.Prompt)}</h3>");
        var round = question.Round > 1 ? " · " + text.Format("report.round", ("round", Count(question.Round))) : "";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"kind\">{Encode(text[$"kind.{ReportNames.Of(question.Kind)}"])} · {text.Format("report.respondents", ("count", Count(meters.Overall.Respondents)))} · {context.SchemeName(meters.Scheme)}{round}</p>");
        Room(html, context, question, meters.Overall);
        if (meters.Consensus is { } consensus)
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(text["meters.verdict"])}: <strong>{Encode(text[$"verdict.{ReportNames.Of(consensus.Verdict)}"])}</strong></p>");
        Groups(html, context, question, meters);
        CrossGroup(html, context, question, meters);
        foreach (var shift in shifts)
            Shift(html, context, shift);
        if (context.Archive.Comparisons.FirstOrDefault(c => c.Sessions.Any(s => s.Code == context.Archive.Session.Code && s.QuestionId == question.Id)) is { } comparison)
            ComparedSection.Write(html, context, comparison);
        html.Append("</section>");
    }

    private static void Room(StringBuilder html, ReportContext context, QuestionSummary question, GroupMeter overall)
    {
        var text = context.Text;
        switch (question.Kind)
        {
            case QuestionKind.Likert:
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"headline\">{Percent(overall.Agree?.Estimate)}</span> {Encode(text["report.agreeShare"])} "
                    + $"<span class=\"muted\">({text.Format("report.wilson", ("range", Interval(overall.Agree)))})</span></p>");
                html.Append(ReportSvg.Share(overall.Agree, text["report.agreeShare"]));
                Distribution(html, question, overall, ordered: true, text["report.distribution"]);
                break;
            case QuestionKind.Position:
                var axis = question.Axis;
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"headline\">{Number(overall.Position?.Mean)}</span> {Encode(text["meters.mean"])} "
                    + $"<span class=\"muted\">({Encode(text["meters.median"])} {Number(overall.Position?.Median)}, {Encode(text["meters.sd"])} {Number(overall.Position?.StandardDeviation)})</span></p>");
                var quo = axis?.StatusQuo is { } at ? $" · {User(axis.StatusQuoLabel ?? text["axis.statusQuo"])} = {Number(at)}" : "";
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{Number(-1, "0")} = {User(axis?.Left ?? "")} · {Change(1, "0")} = {User(axis?.Right ?? "")}{quo}</p>");
                html.Append(ReportSvg.Position(overall.Position, axis?.StatusQuo, text["meters.mean"]));
                break;
            case QuestionKind.Ranking:
                html.Append("<table><thead><tr>").Append(CultureInfo.InvariantCulture, $"<th>{Encode(text["meters.item"])}</th><th class=\"num\">{Encode(text["meters.borda"])}</th><th class=\"num\">{Encode(text["meters.meanRank"])}</th></tr></thead><tbody>");
                foreach (var item in overall.Ranking.OrderByDescending(r => r.BordaScore))
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{User(question.Options[item.Item])}</td><td class=\"num\">{Number(item.BordaScore)}</td><td class=\"num\">{Number(item.MeanRank)}</td></tr>");
                html.Append("</tbody></table>");
                break;
            default:
                Distribution(html, question, overall, ordered: false, text["report.distribution"]);
                break;
        }
    }

    private static void Distribution(StringBuilder html, QuestionSummary question, GroupMeter overall, bool ordered, string label)
    {
        if (overall.Distribution.IsDefaultOrEmpty)
            return;
        html.Append(ReportSvg.Stacked(overall.Distribution, ordered, label)).Append("<ul class=\"legend\">");
        for (var i = 0; i < overall.Distribution.Length && i < question.Options.Length; i++)
            html.Append(CultureInfo.InvariantCulture, $"<li>{ReportSvg.Swatch(i, question.Options.Length, ordered)}{User(question.Options[i])} {Percent(overall.Distribution[i])}</li>");
        html.Append("</ul>");
    }

    private static void Groups(StringBuilder html, ReportContext context, QuestionSummary question, QuestionMeters meters)
    {
        var text = context.Text;
        var figure = question.Kind switch
        {
            QuestionKind.Likert => text["report.agreeShare"],
            QuestionKind.Position => text["meters.mean"],
            _ => text["report.distribution"],
        };
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"groups\"><thead><tr><th>{Encode(text["meters.group"])}</th><th class=\"num\">n</th>"
            + $"<th class=\"num\">{Encode(figure)}</th><th>{(question.Kind == QuestionKind.Likert ? Encode(text["report.withInterval"]) : "")}</th></tr></thead><tbody>");
        foreach (var group in meters.Groups)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{context.GroupName(group.Group)}</td>");
            if (group.Suppressed)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"3\" class=\"suppressed\">{text.Format("report.withheld", ("threshold", Count(context.PrivacyThreshold)))}</td></tr>");
                continue;
            }
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Count(group.Respondents)}</td>");
            var chartLabel = text["meters.group"] + " " + group.Group;
            var (value, chart) = group.Respondents == 0 ? (Undefined, "") : question.Kind switch
            {
                QuestionKind.Likert => ($"{Percent(group.Agree?.Estimate)} <span class=\"muted\">{Interval(group.Agree)}</span>", ReportSvg.Share(group.Agree, chartLabel)),
                QuestionKind.Position => (Number(group.Position?.Mean), ReportSvg.Position(group.Position, question.Axis?.StatusQuo, chartLabel)),
                QuestionKind.Ranking => (group.Ranking.OrderByDescending(r => r.BordaScore).Select(r => User(question.Options[r.Item])).FirstOrDefault() ?? Undefined, ""),
                _ => ("", ReportSvg.Stacked(group.Distribution, ordered: false, chartLabel)),
            };
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{value}</td><td>{chart}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void CrossGroup(StringBuilder html, ReportContext context, QuestionSummary question, QuestionMeters meters)
    {
        var text = context.Text;
        var cross = meters.CrossGroup;
        var reading = ReadingRules.Read(question.Kind, meters, context.IsStakeholderGroup);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"reading\">{ReadingSentence.Of(context, question, reading)}</p>");
        var figures = new List<string>();
        if (question.Kind == QuestionKind.Likert)
        {
            figures.Add($"{Encode(text["report.gic"])} {Number(cross.GroupInformedConsensus, "0.000")}");
            figures.Add($"{Encode(text["meters.lowestGroup"])} {Percent(cross.MinimumAgree)}");
        }
        var bits = cross.JensenShannonBits is null ? "" : " " + Encode(text["meters.bits"]);
        figures.Add($"{Encode(text["meters.divergence"])} {Number(cross.JensenShannonBits, "0.000")}{bits}");
        if (meters.Overall.Polarization is { } polarization)
            figures.Add($"{Encode(text["meters.polarization"])} {Number(polarization)}");
        figures.Add(text.Format("report.groupsCompared", ("compared", Count(cross.GroupsCompared)), ("present", Count(cross.GroupsPresent)),
            ("withheld", Count(cross.GroupsSuppressed))));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{string.Join(" · ", figures)}</p>");
    }

    private static void Shift(StringBuilder html, ReportContext context, RoundShift shift)
    {
        var text = context.Text;
        var net = context.Scheme switch
        {
            WeightingScheme.Headcount => shift.NetChanges.Headcount,
            WeightingScheme.Custom => shift.NetChanges.Custom,
            _ => shift.NetChanges.EqualFooting,
        };
        var parts = new List<string> { $"<strong>{text.Format("change.heading", ("from", Count(shift.FromRound)), ("to", Count(shift.ToRound)))}</strong>" };
        if (net.Agree is not null)
            parts.Add($"{Encode(text["change.netAgree"])} {Change(net.Agree * 100, "0")} {Encode(text["change.points"])}");
        if (net.MeanPosition is not null)
            parts.Add($"{Encode(text["change.netMean"])} {Change(net.MeanPosition, "0.00")}");
        parts.Add($"{Encode(text["change.shareMoved"])} {Percent(shift.ShareMoved)} ({text.Format("report.pairs", ("count", Count(shift.Pairs)))})");
        if (shift.McNemarPValue is { } mcNemar)
            parts.Add($"{Encode(text["change.mcNemar"])} {Number(mcNemar, "0.000")}");
        if (shift.WilcoxonPValue is { } wilcoxon)
            parts.Add($"{Encode(text["change.wilcoxon"])} {Number(wilcoxon, "0.000")}");
        html.Append(CultureInfo.InvariantCulture, $"<p>{string.Join(" · ", parts)}</p>");
    }
}
