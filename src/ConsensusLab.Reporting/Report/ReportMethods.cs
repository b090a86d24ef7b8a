using System.Globalization;
using System.Text;
using static ConsensusLab.Reporting.ReportFormat;

namespace ConsensusLab.Reporting;

/// <summary>
/// The methods appendix: how the figures were weighted and protected, what each figure means, and the thresholds of
/// the plain-language readings, taken from <see cref="ReadingRules"/> so that the text cannot drift from the rules.
/// </summary>
internal static class ReportMethods
{
    public static void Write(StringBuilder html, ReportContext context, ParticipationFigures participation)
    {
        var text = context.Text;
        var session = context.Archive.Session;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"methods\"><h2>{Encode(text["report.methods"])}</h2><dl>");
        Term(html, text["report.weighting"], context.SchemeName(context.Scheme) + " — " + Encode(text[$"scheme.{ReportNames.Of(context.Scheme)}.help"])
            + ". " + Encode(text["report.methods.weighting"]));
        Term(html, text["otherGroup.heading"], Encode(text[$"otherGroup.{ReportNames.Of(session.OtherGroup)}"]) + " — "
            + Encode(text[$"otherGroup.{ReportNames.Of(session.OtherGroup)}.help"]) + ".");
        Term(html, text["report.methods.privacyTitle"], text.Format("report.methods.privacy", ("threshold", Count(context.PrivacyThreshold))));
        Term(html, text["report.agreeShare"], Encode(text["report.methods.agree"]));
        Term(html, text["report.methods.wilsonTitle"], Encode(text["report.methods.wilson"]));
        Term(html, text["meters.verdict"], Encode(text["report.methods.verdict"]));
        Term(html, text["report.gic"], Encode(text["report.methods.gic"]));
        Term(html, text["meters.lowestGroup"], Encode(text["report.methods.lowest"]));
        Term(html, text["meters.divergence"], Encode(text["report.methods.divergence"]));
        Term(html, text["meters.polarization"], Encode(text["report.methods.polarization"]));
        Term(html, text["meters.mean"], Encode(text["report.methods.position"]));
        Term(html, text["report.methods.readingTitle"], text.Format("report.methods.reading",
            ("majority", Percent(ReadingRules.GroupMajority)), ("lean", Number(ReadingRules.PositionLean)),
            ("polarized", Number(ReadingRules.Polarized)), ("bits", Number(ReadingRules.AlikeBits, "0.0"))));
        Term(html, text["report.methods.roundsTitle"], Encode(text["report.methods.rounds"]));
        Term(html, text["report.participation"], text.Format("report.methods.participation",
            ("age", Count(participation.Age.YoungUnderAge)), ("date", Figure(participation.LdcList.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
        html.Append("</dl></section>");
    }
}
