using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ConsensusLab.Statistics;
using static ConsensusLab.Reporting.ReportFormat;

namespace ConsensusLab.Reporting;

/// <summary>
/// The rapporteur's report: one self-contained HTML file (inline CSS and SVG, no script) that prints to A4. Every
/// figure comes from the calculators the exports use, on the same archive, so the report and the files agree.
/// </summary>
public static class SessionReport
{
    /// <summary>
    /// The Content-Security-Policy a report is served with: nothing may load or run, and only the report's own
    /// stylesheet (by its hash) applies.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {ReportStyle.Hash}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The report of the archive's session in <paramref name="language"/> (one of <see cref="ReportLanguages.Codes"/>).</summary>
    /// <exception cref="ArgumentException">The language is not one of the six.</exception>
    public static string Html(SessionArchive archive, string language)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (!ReportLanguages.IsKnown(language))
            throw new ArgumentException($"'{language}' is not a report language; choose one of {string.Join(", ", ReportLanguages.Codes)}.", nameof(language));
        var context = new ReportContext(ReportText.For(language), archive);
        var summary = SessionSummary.Of(archive);
        var participation = ParticipationFigures.Of(archive);
        var text = context.Text;

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\" dir=\"{(ReportLanguages.IsRightToLeft(language) ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(text["report.title"])} — {Encode(summary.Title)}</title><style>{ReportStyle.Css}</style></head><body>");
        ReportFrontMatter.TitlePage(html, context, participation);
        ReportFrontMatter.Participation(html, context, participation);
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(text["report.questions"])}</h2>");
        var number = 0;
        foreach (var question in summary.Questions)
        {
            var meters = question.Meters.First(m => m.Scheme == context.Scheme);
            QuestionSection.Write(html, context, ++number, question, meters, Shifts(archive, question));
        }
        ReportMethods.Write(html, context, participation);
        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The shift into each round after the first, as the round endpoint computes it.</summary>
    private static ImmutableArray<RoundShift> Shifts(SessionArchive archive, QuestionSummary question)
    {
        if (question.Round < 2)
            return [];
        var definition = archive.Session.Definition;
        var questionDefinition = definition.Questions.First(q => q.Id == question.Id);
        var groups = definition.Groups.Select(g => g.Code).ToImmutableArray();
        var ledger = archive.Ledger.Where(r => r.Entry.QuestionId == question.Id).ToList();
        var schemes = Weighting.Schemes(archive.GroupWeights, archive.Session.OtherGroups);
        return [.. Enumerable.Range(2, question.Round - 1).Select(round => RoundReport.Shift(ledger, questionDefinition, groups, round, schemes))];
    }
}
