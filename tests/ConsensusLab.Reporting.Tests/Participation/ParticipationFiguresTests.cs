using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Reporting.Tests.Participation;

public sealed class ParticipationFiguresTests
{
    // Developing countries that are not LDCs, developed countries and LDCs, by countries.csv's flags.
    private static readonly string[] Developing = ["KE", "BR", "IN", "EG", "ID", "AR", "GH"];
    private static readonly string[] Developed = ["DE", "FR", "JP", "SE", "CA"];
    private static readonly string[] LeastDeveloped = ["ET", "UG", "SN", "BD", "NP", "HT"];

    /// <summary>
    /// IGF 2013 workshop 324 (Bali, 22 October 2013): female 22, male 35, young 5, developing 35, developed 10,
    /// LDCs 12, total 57. Seven participants left their age out; the five young ones are 18-24 or 25-29.
    /// </summary>
    private static ParticipationFigures Workshop324()
    {
        var archive = new TestArchive { HeldOn = new DateOnly(2013, 10, 22) };
        var countries = Enumerable.Range(0, 35).Select(i => Developing[i % Developing.Length])
            .Concat(Enumerable.Range(0, 10).Select(i => Developed[i % Developed.Length]))
            .Concat(Enumerable.Range(0, 12).Select(i => LeastDeveloped[i % LeastDeveloped.Length]))
            .ToList();
        string[] groups = ["GOV", "CS", "PS", "TC", "CS", "IGO"];
        for (var i = 0; i < countries.Count; i++)
        {
            var gender = i % 5 < 2 && i < 55 ? Gender.Female : Gender.Male;
            string? band = i switch { < 3 => "18-24", < 5 => "25-29", < 12 => null, _ => "40-49" };
            archive.Join(groups[i % groups.Length], countries[i], i % 4 == 0 ? Attendance.Online : Attendance.Onsite, gender, band);
        }
        return ParticipationFigures.Of(archive.Build());
    }

    [Fact]
    public void The_IGF_2013_workshop_324_line_is_reproduced()
    {
        var figures = Workshop324();

        Assert.Equal("22 35 5 35 10 12 57", figures.IgfReportLine);
        Assert.Equal(57, figures.Total);
        Assert.Equal(new ParticipationCount(22, 57), figures.Gender.Female);
        Assert.Equal(new ParticipationCount(35, 57), figures.Gender.Male);
        Assert.Equal(new ParticipationCount(5, 50), figures.Age.Young);
        Assert.Equal(new ParticipationCount(7, 57), figures.Age.NotDeclared);
        Assert.Equal(new ParticipationCount(35, 57), figures.Development.DevelopingExcludingLdc);
        Assert.Equal(new ParticipationCount(10, 57), figures.Development.Developed);
        Assert.Equal(new ParticipationCount(12, 57), figures.Development.LeastDeveloped);
        Assert.Equal(new ParticipationCount(0, 57), figures.Development.Unclassified);
    }

    [Fact]
    public void Developing_developed_LDC_and_unclassified_do_not_overlap_and_add_up_to_the_total()
    {
        var archive = new TestArchive();
        foreach (var country in new[] { "KE", "DE", "ET", "TW", "ZZ", "AQ", "PR" })
            archive.Join("CS", country);

        var development = ParticipationFigures.Of(archive.Build()).Development;

        // Taiwan and Antarctica carry no development flag and ZZ is not listed; Puerto Rico is flagged developing.
        Assert.Equal(2, development.DevelopingExcludingLdc.Count);
        Assert.Equal(1, development.Developed.Count);
        Assert.Equal(1, development.LeastDeveloped.Count);
        Assert.Equal(3, development.Unclassified.Count);
        Assert.Equal(7, development.DevelopingExcludingLdc.Count + development.Developed.Count
            + development.LeastDeveloped.Count + development.Unclassified.Count);
    }

    [Theory]
    [InlineData(2026, 11, 23, true)]
    [InlineData(2026, 11, 24, false)]
    public void LDC_status_is_evaluated_on_the_day_the_session_is_held(int year, int month, int day, bool leastDeveloped)
    {
        var archive = new TestArchive { HeldOn = new DateOnly(year, month, day) };
        archive.Join("GOV", "NP");

        var development = ParticipationFigures.Of(archive.Build()).Development;

        Assert.Equal(leastDeveloped ? 1 : 0, development.LeastDeveloped.Count);
        Assert.Equal(leastDeveloped ? 0 : 1, development.DevelopingExcludingLdc.Count);
    }

    [Fact]
    public void Gender_shares_are_on_the_basis_of_those_who_answered_the_question()
    {
        var archive = new TestArchive();
        archive.Join("CS", gender: Gender.Female);
        archive.Join("CS", gender: Gender.Female);
        archive.Join("CS", gender: Gender.Male);
        archive.Join("CS", gender: Gender.Other);
        archive.Join("CS", gender: Gender.PreferNotToSay);
        archive.Join("CS");

        var gender = ParticipationFigures.Of(archive.Build()).Gender;

        Assert.Equal(new ParticipationCount(2, 5), gender.Female);
        Assert.Equal(0.4, gender.Female.Share);
        Assert.Equal(new ParticipationCount(1, 5), gender.Male);
        Assert.Equal(new ParticipationCount(1, 5), gender.Other);
        Assert.Equal(new ParticipationCount(1, 5), gender.PreferNotToSay);
        Assert.Equal(new ParticipationCount(1, 6), gender.NotDeclared);
    }

    [Fact]
    public void A_figure_nobody_declared_has_no_share()
    {
        var archive = new TestArchive();
        archive.Join("CS");

        var figures = ParticipationFigures.Of(archive.Build());

        Assert.Equal(new ParticipationCount(0, 0), figures.Gender.Female);
        Assert.Null(figures.Gender.Female.Share);
        Assert.Null(figures.Age.Young.Share);
    }

    [Theory]
    [InlineData(30, 3)]
    [InlineData(25, 2)]
    [InlineData(18, 1)]
    public void Young_means_an_age_band_wholly_under_the_sessions_threshold(int youngUnderAge, int young)
    {
        var archive = new TestArchive { YoungUnderAge = youngUnderAge };
        foreach (var band in new[] { "under-18", "18-24", "25-29", "30-34", "60-plus" })
            archive.Join("CS", ageBand: band);

        var age = ParticipationFigures.Of(archive.Build()).Age;

        Assert.Equal(youngUnderAge, age.YoungUnderAge);
        Assert.Equal(new ParticipationCount(young, 5), age.Young);
    }

    [Fact]
    public void Every_stakeholder_group_of_the_catalogue_is_listed_even_when_empty()
    {
        var archive = new TestArchive();
        archive.Join("GOV");
        archive.Join("CS");
        archive.Join("CS");

        var groups = ParticipationFigures.Of(archive.Build()).StakeholderGroups;

        Assert.Equal(["GOV", "IGO", "PS", "CS", "TC", "OTHER"], groups.Select(g => g.Code));
        Assert.Equal([1, 0, 0, 2, 0, 0], groups.Select(g => g.Count));
        Assert.Equal("Government", groups[0].Name);
        Assert.All(groups, g => Assert.Equal(3, g.Basis));
    }

    [Fact]
    public void Regional_groups_include_the_IGO_bucket_and_the_no_group_bucket()
    {
        var archive = new TestArchive();
        archive.Join("GOV", "KE");
        archive.Join("IGO", "CH");
        archive.Join("CS", "HK");
        archive.Join("CS", "ZZ");
        archive.Join("TC", "US");
        archive.Join("PS", "TR");

        var regions = ParticipationFigures.Of(archive.Build()).RegionalGroups.ToDictionary(r => r.Code, r => r.Count);

        Assert.Equal(
            ["African Group", "Asia-Pacific Group", "Eastern European Group", "Latin American and Caribbean Group",
                "Western European and Others Group", "Intergovernmental Organizations", "No UN regional group"],
            regions.Keys);
        Assert.Equal([1, 0, 0, 0, 2, 1, 2], regions.Values);
    }

    [Fact]
    public void Onsite_and_online_add_up_to_the_total()
    {
        var figures = Workshop324();

        Assert.Equal(15, figures.Attendance.Online.Count);
        Assert.Equal(42, figures.Attendance.Onsite.Count);
        Assert.Equal(57, figures.Attendance.Online.Basis);
    }
}
