using ConsensusLab.Domain.Countries;

namespace ConsensusLab.Domain.Tests.Countries;

public sealed class CountryCatalogueTests
{
    private const string African = "African Group";
    private const string AsiaPacific = "Asia-Pacific Group";
    private const string EasternEuropean = "Eastern European Group";
    private const string Grulac = "Latin American and Caribbean Group";
    private const string Weog = "Western European and Others Group";

    private static readonly DateOnly SessionDay = new(2026, 6, 1);
    private static CountryCatalogue Countries => CountryCatalogue.Bundled;

    [Fact]
    public void Bundled_table_holds_the_248_M49_areas_and_Taiwan_once_each()
    {
        var all = Countries.All.ToList();

        Assert.Equal(249, all.Count);
        Assert.Equal(249, all.Select(c => c.Iso2).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, c => Assert.Matches("^[A-Z]{2}$", c.Iso2));
        Assert.Equal(all.Select(c => c.Iso2).Order(StringComparer.Ordinal), all.Select(c => c.Iso2));
    }

    [Fact]
    public void Not_listed_code_is_accepted_but_is_not_a_country_of_the_table()
    {
        Assert.True(Countries.IsKnown(CountryCatalogue.NotListed));
        Assert.Null(Countries.Find(CountryCatalogue.NotListed));
        Assert.Equal(CountryCatalogue.NoRegionalGroup, Countries.RegionalGroupOf(CountryCatalogue.NotListed));
        Assert.Equal(DevelopmentStatus.Unclassified, Countries.DevelopmentOf(CountryCatalogue.NotListed, SessionDay, LdcGraduations.Bundled));
    }

    [Theory]
    [InlineData(African, 54)]
    [InlineData(AsiaPacific, 54)]
    [InlineData(EasternEuropean, 23)]
    [InlineData(Grulac, 33)]
    [InlineData(Weog, 29)]
    [InlineData("", 56)]
    public void Regional_groups_have_their_DGACM_sizes(string group, int members) =>
        Assert.Equal(members, Countries.All.Count(c => c.RegionalGroup == group));

    [Theory]
    [InlineData("TR", Weog)]
    [InlineData("US", Weog)]
    [InlineData("IL", Weog)]
    [InlineData("AU", Weog)]
    [InlineData("CY", AsiaPacific)]
    [InlineData("KI", AsiaPacific)]
    [InlineData("AM", EasternEuropean)]
    [InlineData("BR", Grulac)]
    [InlineData("NG", African)]
    [InlineData("PS", CountryCatalogue.NoRegionalGroup)]
    [InlineData("VA", CountryCatalogue.NoRegionalGroup)]
    [InlineData("TW", CountryCatalogue.NoRegionalGroup)]
    [InlineData("PR", CountryCatalogue.NoRegionalGroup)]
    [InlineData("HK", CountryCatalogue.NoRegionalGroup)]
    [InlineData("AQ", CountryCatalogue.NoRegionalGroup)]
    [InlineData("XK", CountryCatalogue.NoRegionalGroup)]
    public void Regional_group_follows_the_UN_special_cases(string iso2, string group) =>
        Assert.Equal(group, Countries.RegionalGroupOf(iso2));

    [Fact]
    public void Ldc_list_is_the_44_countries_in_force_from_13_December_2024()
    {
        string[] expected =
        [
            "AO", "BJ", "BF", "BI", "CF", "TD", "KM", "CD", "DJ", "ER", "ET", "GM", "GN", "GW", "LS", "LR", "MG", "MW", "ML",
            "MR", "MZ", "NE", "RW", "SN", "SL", "SO", "SS", "SD", "TG", "UG", "TZ", "ZM",
            "AF", "BD", "KH", "LA", "MM", "NP", "TL", "YE",
            "HT",
            "KI", "SB", "TV",
        ];

        var ldcs = Countries.All.Where(c => c.Ldc).Select(c => c.Iso2).ToList();

        Assert.Equal(44, ldcs.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ldcs);
    }

    [Theory]
    [InlineData("NP", "2026-11-23", DevelopmentStatus.LeastDeveloped)]
    [InlineData("NP", "2026-11-24", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("LA", "2026-11-23", DevelopmentStatus.LeastDeveloped)]
    [InlineData("LA", "2026-11-24", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("LA", "2030-01-01", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("BD", "2026-11-24", DevelopmentStatus.LeastDeveloped)]
    [InlineData("BD", "2029-11-23", DevelopmentStatus.LeastDeveloped)]
    [InlineData("BD", "2029-11-24", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("ST", "2026-01-01", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("FR", "2026-11-24", DevelopmentStatus.Developed)]
    [InlineData("CY", "2026-11-24", DevelopmentStatus.Developed)]
    [InlineData("BR", "2026-11-24", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("KR", "2026-11-24", DevelopmentStatus.DevelopingExcludingLdc)]
    [InlineData("HT", "2026-11-24", DevelopmentStatus.LeastDeveloped)]
    [InlineData("TW", "2026-11-24", DevelopmentStatus.Unclassified)]
    [InlineData("AQ", "2026-11-24", DevelopmentStatus.Unclassified)]
    [InlineData("QQ", "2026-11-24", DevelopmentStatus.Unclassified)]
    [InlineData("fr", "2026-11-24", DevelopmentStatus.Unclassified)]
    public void Development_status_is_evaluated_on_the_session_day(string iso2, string day, DevelopmentStatus expected) =>
        Assert.Equal(expected, Countries.DevelopmentOf(iso2, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), LdcGraduations.Bundled));

    [Fact]
    public void Development_categories_do_not_overlap_and_cover_every_country()
    {
        var byStatus = Countries.All.GroupBy(c => Countries.DevelopmentOf(c.Iso2, SessionDay, LdcGraduations.Bundled)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(44, byStatus[DevelopmentStatus.LeastDeveloped]);
        Assert.Equal(65, byStatus[DevelopmentStatus.Developed]);
        Assert.Equal(2, byStatus[DevelopmentStatus.Unclassified]);
        Assert.Equal(249, byStatus.Values.Sum());
    }

    [Fact]
    public void Names_keep_their_non_ASCII_characters()
    {
        Assert.Equal("Côte d\u2019Ivoire", Countries.Find("CI")!.Name);
        Assert.Equal("Türkiye", Countries.Find("TR")!.Name);
        Assert.Equal("Taiwan, Province of China", Countries.Find("TW")!.Name);
    }
}
