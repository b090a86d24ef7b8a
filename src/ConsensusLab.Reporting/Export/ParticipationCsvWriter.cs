using System.Globalization;
using ConsensusLab.Domain.Countries;
using CsvHelper;

namespace ConsensusLab.Reporting;

/// <summary>
/// participation.csv: one row per figure (section, code, name, count, basis, share), every breakdown complete with
/// its empty categories, and last the IGF report line in the name column.
/// </summary>
internal static class ParticipationCsvWriter
{
    private static readonly string[] Header = ["section", "code", "name", "count", "basis", "share"];

    public static async Task WriteAsync(ParticipationFigures figures, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream);
        csv.WriteHeader(Header);
        await Row(csv, "total", "total", "Total", new ParticipationCount(figures.Total, figures.Total), cancellationToken);
        await Row(csv, "total", "withdrawn", "Withdrew (not counted)",
            new ParticipationCount(figures.Withdrawn, figures.Total + figures.Withdrawn), cancellationToken);

        var gender = figures.Gender;
        await Row(csv, "gender", "female", "Female", gender.Female, cancellationToken);
        await Row(csv, "gender", "male", "Male", gender.Male, cancellationToken);
        await Row(csv, "gender", "other", "Other", gender.Other, cancellationToken);
        await Row(csv, "gender", "prefer_not_to_say", "Prefer not to say", gender.PreferNotToSay, cancellationToken);
        await Row(csv, "gender", "not_declared", "Gender not declared", gender.NotDeclared, cancellationToken);

        var age = figures.Age;
        await Row(csv, "age", "young", $"Young (under {age.YoungUnderAge.ToString(CultureInfo.InvariantCulture)})", age.Young, cancellationToken);
        await Row(csv, "age", "not_declared", "Age not declared", age.NotDeclared, cancellationToken);

        var development = figures.Development;
        await Row(csv, "development", "developing", "Developing countries (excluding LDCs)", development.DevelopingExcludingLdc, cancellationToken);
        await Row(csv, "development", "developed", "Developed countries", development.Developed, cancellationToken);
        await Row(csv, "development", "ldc", "Least developed countries", development.LeastDeveloped, cancellationToken);
        await Row(csv, "development", "unclassified", "Unclassified or not listed", development.Unclassified, cancellationToken);

        await Row(csv, "attendance", "onsite", "Onsite", figures.Attendance.Onsite, cancellationToken);
        await Row(csv, "attendance", "online", "Online", figures.Attendance.Online, cancellationToken);

        foreach (var group in figures.StakeholderGroups)
            await Row(csv, "stakeholder_group", group.Code, group.Name, new ParticipationCount(group.Count, group.Basis), cancellationToken);
        foreach (var region in figures.RegionalGroups)
            await Row(csv, "regional_group", region.Code, region.Name, new ParticipationCount(region.Count, region.Basis), cancellationToken);

        // Which LDC list the development figures used: the session's day, the bundled list's date, the graduation table,
        // each graduation in effect and each date the General Assembly has not decided yet.
        var ldc = figures.LdcList;
        await Info(csv, "as_of", ldc.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
        await Info(csv, "base_list", ldc.BaseList.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
        await Info(csv, "graduation_table", ldc.Table, cancellationToken);
        foreach (var graduation in ldc.Graduated)
            await Info(csv, $"graduated:{graduation.Iso2}", Describe(graduation), cancellationToken);
        foreach (var pending in ldc.Pending)
            await Info(csv, $"pending:{pending.Iso2}", Describe(pending), cancellationToken);

        await csv.WriteRecordAsync(["igf_report_line", "female male young developing developed LDC total", figures.IgfReportLine, null, null, null],
            cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    private static string Describe(LdcGraduation graduation) =>
        $"{graduation.Name}: {graduation.Graduation.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({graduation.Source})";

    private static async Task Info(CsvWriter csv, string code, string text, CancellationToken cancellationToken) =>
        await csv.WriteRecordAsync(["ldc_list", code, text, null, null, null], cancellationToken);

    private static async Task Row(CsvWriter csv, string section, string code, string name, ParticipationCount figure,
        CancellationToken cancellationToken)
    {
        csv.WriteField(section);
        csv.WriteField(code);
        csv.WriteField(name);
        csv.WriteField(figure.Count, "");
        csv.WriteField(figure.Basis, "");
        csv.WriteField(figure.Share, "0.0000");
        await csv.EndRecordAsync(cancellationToken);
    }
}
