using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Domain.Tests.Participants;

public sealed class AgeBandsTests
{
    [Theory]
    [InlineData("under-18", 25, true)]
    [InlineData("18-24", 25, true)]
    [InlineData("25-29", 25, false)]
    [InlineData("18-24", 30, true)]
    [InlineData("25-29", 30, true)]
    [InlineData("30-34", 30, false)]
    [InlineData("25-29", 35, true)]
    [InlineData("30-34", 35, true)]
    [InlineData("35-39", 35, false)]
    [InlineData("60-plus", 35, false)]
    public void Band_is_young_when_it_lies_wholly_under_the_threshold(string band, int underAge, bool young) =>
        Assert.Equal(young, AgeBands.IsYounger(band, underAge));

    [Fact]
    public void Default_young_threshold_is_thirty() => Assert.Equal(30, AgeBands.DefaultYoungUnderAge);

    [Theory]
    [InlineData("under-18", true)]
    [InlineData("60-plus", true)]
    [InlineData("30-39", false)]
    [InlineData("", false)]
    [InlineData("25-29 ", false)]
    public void Only_the_listed_bands_are_known(string band, bool known) => Assert.Equal(known, AgeBands.IsKnown(band));

    [Fact]
    public void Bands_run_youngest_first_without_gaps()
    {
        var starts = AgeBands.All.Select(b => b.From).ToList();

        Assert.Equal(0, starts[0]);
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(starts.Count, starts.Distinct().Count());
    }
}
