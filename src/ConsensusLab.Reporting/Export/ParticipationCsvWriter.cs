using System.Globalization;
using CsvHelper;

namespace ConsensusLab.Reporting;

/// <summary>
/// participation.csv: one row per figure (section, code, name, count, basis, share), every breakdown complete with
/// its empty categories. The IGF report line is igf_report_line.csv, and the LDC list used is in participation.json
/// (ldcList): neither fits these columns.
/// </summary>
internal static class ParticipationCsvWriter
{
    private static readonly ExportCategory[] Sections =
    [
        new("total", "Participants, and those who withdrew"), new("gender", "Declared gender"), new("age", "Young participants"),
        new("development", "Development status of the country (LDC status on the session's day)"), new("attendance", "Onsite or online"),
        new("stakeholder_group", "Declared stakeholder group"), new("regional_group", "UN regional group of the country"),
    ];

    public static ExportTable Table { get; } = new(SessionExporter.ParticipationCsv,
        "One row per participation figure, with its basis: the participants who declared the attribute.",
        [
            Field.Coded("section", "The breakdown the figure belongs to.", Sections, required: true),
            Field.Text("code", "The category within the section: a fixed code, a group code, or the regional group's name.", true),
            Field.Text("name", "The category in words.", true),
            Field.Integer("count", "Participants in the category.", true, 0),
            Field.Integer("basis", "Participants counted in the breakdown (who declared the attribute).", true, 0),
            Field.Share("share", "count / basis; empty when the basis is 0."),
        ])
    {
        PrimaryKey = ["section", "code"],
    };

    public static async Task WriteAsync(ParticipationFigures figures, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, Table);
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

        await csv.FlushAsync(cancellationToken);
    }

    private static async Task Row(CsvWriter csv, string section, string code, string name, ParticipationCount figure,
        CancellationToken cancellationToken)
    {
        csv.WriteField(section);
        csv.WriteField(code);
        csv.WriteField(name);
        csv.WriteField(figure.Count, "");
        csv.WriteField(figure.Basis, "");
        ReportCsv.WriteNumber(csv, figure.Share);
        await csv.EndRecordAsync(cancellationToken);
    }
}
