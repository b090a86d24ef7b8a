using System.Text.RegularExpressions;

namespace ConsensusLab.Reporting.Tests.Report;

/// <summary>The report's HTML: its participation block, small-cell suppression, rounds and languages.</summary>
public sealed partial class SessionReportTests
{
    /// <summary>The group's row in the first question's table of groups (the participation table comes before it).</summary>
    private static string Row(string html, string group) =>
        GroupRow(group).Match(html, html.IndexOf("<section class=\"question\">", StringComparison.Ordinal)) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No row for {group}.");

    private static Regex GroupRow(string group) => new($"<tr><td>{Regex.Escape(group)}</td>.*?</tr>", RegexOptions.Singleline);

    [Fact]
    public void The_participation_block_gives_the_igf_figures_in_the_templates_order()
    {
        var archive = ReportSample.Archive();
        var figures = ParticipationFigures.Of(archive);

        var html = SessionReport.Html(archive, "en");

        var cells = FigureCell().Matches(html).Select(m => (m.Groups["key"].Value, int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(["female", "male", "young", "developing", "developed", "ldc", "total"], cells.Select(c => c.Item1));
        Assert.Equal(figures.IgfReportLine, string.Join(' ', cells.Select(c => c.Item2)));
        Assert.Equal("4 4 8 0 6 2 8", figures.IgfReportLine);
    }

    [Fact]
    public void A_group_under_the_privacy_threshold_is_withheld_as_on_the_meters()
    {
        // Civil society has two respondents, under the threshold of three; Government and Technical community three each.
        var html = SessionReport.Html(ReportSample.Archive(privacyThreshold: 3), "en");

        var civilSociety = Row(html, "Civil society");
        Assert.Contains("Withheld: fewer than", civilSociety, StringComparison.Ordinal);
        Assert.DoesNotContain("%", civilSociety, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", civilSociety, StringComparison.Ordinal);
        Assert.Contains("%", Row(html, "Government"), StringComparison.Ordinal);
        // The reading leaves Civil society out, so it does not say the room is split.
        Assert.Contains("All 2 stakeholder groups agree.", html.Replace("<bdi dir=\"ltr\" class=\"n\">2</bdi>", "2", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("are split", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_suppression_the_reading_names_the_split_groups()
    {
        var html = SessionReport.Html(ReportSample.Archive(), "en");

        Assert.Contains("<p class=\"reading\">Government and Civil society are split.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_question_has_its_wording_charts_with_interval_bands_and_the_shift_between_rounds()
    {
        var html = SessionReport.Html(ReportSample.Archive(), "en");

        Assert.Contains("<bdi>Prompt agree</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Prompt axis</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"band\"", Row(html, "Government"), StringComparison.Ordinal);
        Assert.Contains("Shift from round 1 to round 2", html.Replace("<bdi dir=\"ltr\" class=\"n\">", "", StringComparison.Ordinal).Replace("</bdi>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_arabic_report_is_right_to_left_with_user_text_and_figures_isolated()
    {
        var html = SessionReport.Html(ReportSample.Archive(), "ar");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1><bdi>Enhanced cooperation</bdi></h1>", html, StringComparison.Ordinal);
        Assert.Contains("الحكومة", html, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\" class=\"n\">TEST42</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("المنهجية", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_language_has_every_report_string()
    {
        foreach (var language in ReportLanguages.Codes)
        {
            var html = SessionReport.Html(ReportSample.Archive(), language);
            Assert.DoesNotMatch(UntranslatedKey(), html);
        }
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SessionReport.Html(ReportSample.Archive(), "de"));
        Assert.Contains("ar, en, es, fr, ru, zh", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<td data-figure=\"(?<key>[^\"]+)\"><bdi dir=\"ltr\" class=\"n\">(?<value>\\d+)</bdi></td>")]
    private static partial Regex FigureCell();

    // A key printed as itself ("report.reading.split") means a language file lacks it and English does too.
    [GeneratedRegex(@"\b(report|meters|scheme|verdict|kind|otherGroup|change|group|gender)\.[a-zA-Z.]+\b")]
    private static partial Regex UntranslatedKey();
}
