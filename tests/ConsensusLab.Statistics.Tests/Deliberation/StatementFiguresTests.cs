using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class StatementFiguresTests
{
    // GOV: 3 agree, 1 disagree; CS: 1 agree, 1 disagree; IGO voted on other statements only.
    private static readonly Dictionary<string, StatementCounts> Counts = new()
    {
        ["GOV"] = new StatementCounts(3, 1, 0),
        ["CS"] = new StatementCounts(1, 1, 0),
        ["IGO"] = StatementCounts.None,
    };

    [Fact]
    public void Equal_footing_gives_each_voting_group_the_same_weight()
    {
        var figure = StatementFigures.Of(5, Counts, Weighting.EqualFooting, 0.95);

        // 6 voters, 3 per group: 0.75 per GOV voter, 1.5 per CS voter. Agree (3 × 0.75 + 1.5) / 6 = 0.625;
        // Kish 6² / (3²/4 + 3²/2) = 16/3; Wilson 95% on 16/3 by hand (scipy): 0.25506, 0.89027.
        Assert.Equal(5, figure.StatementId);
        Assert.Equal(new StatementCounts(4, 2, 0), figure.Overall.Counts);
        Assert.Equal(16.0 / 3, figure.Overall.EffectiveN!.Value, 12);
        Assert.Equal(0.625, figure.Overall.Agree.Estimate!.Value, 12);
        Assert.Equal(0.25506042691567826, figure.Overall.Agree.Lower!.Value, 10);
        Assert.Equal(0.8902652993731772, figure.Overall.Agree.Upper!.Value, 10);
        Assert.Equal(0.375, figure.Overall.Disagree.Estimate!.Value, 12);
        Assert.Equal(0.0, figure.Overall.Pass.Estimate!.Value, 12);
    }

    [Fact]
    public void Headcount_counts_each_voter_once()
    {
        var figure = StatementFigures.Of(5, Counts, Weighting.Headcount, 0.95);

        // 4 of 6 agree; Wilson 95% on n = 6 by hand (scipy): 0.29999, 0.90323.
        Assert.Equal(4.0 / 6, figure.Overall.Agree.Estimate!.Value, 12);
        Assert.Equal(6.0, figure.Overall.EffectiveN!.Value, 12);
        Assert.Equal(0.299993315138392, figure.Overall.Agree.Lower!.Value, 10);
        Assert.Equal(0.9032285888942195, figure.Overall.Agree.Upper!.Value, 10);
    }

    [Fact]
    public void Each_group_has_its_own_unweighted_shares_and_a_silent_group_none()
    {
        var figure = StatementFigures.Of(5, Counts, Weighting.EqualFooting, 0.95);

        Assert.Equal(["CS", "GOV", "IGO"], figure.Groups.Select(g => g.Group));
        var gov = figure.Groups[1];

        // 3 of 4: Wilson 95% on n = 4 by hand (scipy): 0.30064, 0.95441.
        Assert.Equal(0.75, gov.Agree.Estimate!.Value, 12);
        Assert.Equal(0.30064184258240184, gov.Agree.Lower!.Value, 10);
        Assert.Equal(0.9544127391902995, gov.Agree.Upper!.Value, 10);
        Assert.Equal(0.5, figure.Groups[0].Disagree.Estimate!.Value, 12);
        var igo = figure.Groups[2];
        Assert.Null(igo.Agree.Estimate);
        Assert.Null(igo.EffectiveN);
    }

    [Fact]
    public void A_statement_nobody_voted_on_has_undefined_shares()
    {
        var figure = StatementFigures.Of(5, new Dictionary<string, StatementCounts>(), Weighting.EqualFooting, 0.95);

        Assert.Equal(Proportion.Undefined, figure.Overall.Agree);
        Assert.Empty(figure.Groups);
    }
}
