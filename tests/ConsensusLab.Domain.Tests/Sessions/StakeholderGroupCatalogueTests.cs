using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Tests.Sessions;

public sealed class StakeholderGroupCatalogueTests
{
    [Theory]
    [InlineData(false, new[] { "GOV", "IGO", "PS", "CS", "TC", "OTHER" })]
    [InlineData(true, new[] { "GOV", "IGO", "PS", "CS", "TC", "ACA", "OTHER" })]
    public void Default_catalogue_is_the_IGF_five_with_optional_academia_and_other_last(bool includeAcademia, string[] codes) =>
        Assert.Equal(codes, StakeholderGroupCatalogue.Default(includeAcademia).Select(g => g.Code));

    [Fact]
    public void Academia_rolls_up_into_civil_society() =>
        Assert.Equal("CS", StakeholderGroupCatalogue.Academia.RollUp);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_default_group_rolls_up_to_an_IGF_group_or_other(bool includeAcademia)
    {
        string[] igf = ["GOV", "IGO", "PS", "CS", "TC", "OTHER"];

        Assert.All(StakeholderGroupCatalogue.Default(includeAcademia), g => Assert.Contains(g.RollUp, igf));
        Assert.All(StakeholderGroupCatalogue.Default(includeAcademia), g => Assert.False(string.IsNullOrWhiteSpace(g.Name)));
        Assert.All(StakeholderGroupCatalogue.Default(includeAcademia), g => Assert.False(string.IsNullOrWhiteSpace(g.Description)));
    }

    [Fact]
    public void Igf_five_are_not_changed_by_asking_for_academia()
    {
        _ = StakeholderGroupCatalogue.Default(includeAcademia: true);

        Assert.Equal(["GOV", "IGO", "PS", "CS", "TC"], StakeholderGroupCatalogue.IgfFive.Select(g => g.Code));
    }
}
