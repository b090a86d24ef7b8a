using System.Text;
using ConsensusLab.Domain.Countries;

namespace ConsensusLab.Domain.Tests.Countries;

/// <summary>
/// LDC graduations are data an operator can update without a release, each with its source (issue 11: Nepal counted as
/// an LDC after it left the list on 24 November 2026).
/// </summary>
public sealed class LdcGraduationsTests
{
    private static Country Nepal => CountryCatalogue.Bundled.Find("NP")!;

    [Fact]
    public void The_bundled_table_has_Nepal_and_Lao_PDR_decided_and_Bangladesh_pending_with_their_sources()
    {
        var entries = LdcGraduations.Bundled.Entries.ToDictionary(e => e.Iso2);

        Assert.Equal(["BD", "LA", "NP"], entries.Keys);
        Assert.Equal((new DateOnly(2026, 11, 24), LdcDecision.Decided), (entries["NP"].Graduation, entries["NP"].Decision));
        Assert.Equal((new DateOnly(2026, 11, 24), LdcDecision.Decided), (entries["LA"].Graduation, entries["LA"].Decision));
        Assert.Equal((new DateOnly(2029, 11, 24), LdcDecision.Pending), (entries["BD"].Graduation, entries["BD"].Decision));
        Assert.Contains("Committee for Development Policy", entries["BD"].Source, StringComparison.Ordinal);
        Assert.Contains("pending", entries["BD"].Source, StringComparison.Ordinal);
        Assert.Contains("76/8", entries["NP"].Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-23", true)]
    [InlineData("2026-11-24", false)]
    public void Nepal_is_an_LDC_until_the_day_before_its_graduation(string day, bool ldc) =>
        Assert.Equal(ldc, LdcGraduations.Bundled.IsLdcOn(Nepal, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_list_on_a_day_names_the_graduations_in_effect_and_the_pending_dates()
    {
        var before = LdcGraduations.Bundled.ListOn(new DateOnly(2026, 11, 23));
        var after = LdcGraduations.Bundled.ListOn(new DateOnly(2026, 11, 24));

        Assert.Equal(new DateOnly(2024, 12, 13), after.BaseList);
        Assert.Equal("bundled", after.Table);
        Assert.Empty(before.Graduated);
        Assert.Equal(["LA", "NP"], after.Graduated.Select(g => g.Iso2));
        Assert.Equal(["BD"], after.Pending.Select(g => g.Iso2));
    }

    [Fact]
    public void An_operators_table_replaces_the_bundled_one()
    {
        var table = Load("iso2,name,graduation,decision,source\nNP,Nepal,2027-01-01,decided,\"A later date, for the test\"\n");

        Assert.True(table.IsLdcOn(Nepal, new DateOnly(2026, 12, 1)));
        Assert.False(table.IsLdcOn(Nepal, new DateOnly(2027, 1, 1)));
        // Bangladesh is not in this table: it stays on the bundled list whatever the day.
        Assert.True(table.IsLdcOn(CountryCatalogue.Bundled.Find("BD")!, new DateOnly(2030, 1, 1)));
        Assert.Equal("test.csv", table.Origin);
    }

    [Theory]
    [InlineData("NP,Nepal,24/11/2026,decided,x", "line 2: 'graduation'")]
    [InlineData("NP,Nepal,2026-11-24,maybe,x", "line 2: 'decision'")]
    [InlineData("QQ,Nowhere,2026-11-24,decided,x", "line 2: 'QQ'")]
    public void A_malformed_row_is_refused_with_its_line(string row, string words)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load($"iso2,name,graduation,decision,source\n{row}\n"));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    private static LdcGraduations Load(string csv) => LdcGraduations.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "test.csv");
}
