namespace ConsensusLab.Statistics.Tests.RawAnswers;

public sealed class RoundChangeTests
{
    [Fact]
    public void McNemar_matches_Agresti_presidential_approval_example()
    {
        // Agresti (2002), Categorical Data Analysis, 2nd ed., §10.1: approval in two surveys, 150 approve -> disapprove,
        // 86 disapprove -> approve. R 4.2 mcnemar.test(correct = FALSE): 17.3559322033898, p = 3.09929344104522e-05.
        var test = McNemarTest.Of(150, 86);

        Assert.Equal(17.3559322033898, test.ChiSquare!.Value, 10);
        Assert.Equal(3.09929344104522e-05, test.PValue, 15);
        Assert.False(test.Exact);
    }

    [Theory]
    // R 4.2 binom.test(3, 12)$p.value = 0.14599609375; binom.test(2, 9) = 0.1796875.
    [InlineData(3, 9, 0.14599609375)]
    [InlineData(7, 2, 0.1796875)]
    [InlineData(0, 0, 1.0)]
    public void McNemar_with_few_discordant_pairs_is_exact_binomial(long yesToNo, long noToYes, double p)
    {
        var test = McNemarTest.Of(yesToNo, noToYes);

        Assert.True(test.Exact);
        Assert.Equal(p, test.PValue, 12);
    }

    [Fact]
    public void Wilcoxon_with_Pratt_zero_handling_matches_coin_and_SciPy()
    {
        // R coin 1.4 wilcoxsign_test(zero.method = "Pratt", distribution = "asymptotic"): Z = 1.9849711139180455,
        // p = 0.0471476853968511; SciPy 1.10 wilcoxon(zero_method = "pratt", correction = False): p = 0.04714768539685105.
        double[] differences = [0, 0, 0.1, -0.2, 0.3, 0.3, 0.5, -0.1, 0.2, 0.4, 0, 0.6];

        var test = SignedRankTest.Of(differences)!;

        Assert.Equal(1.9849711139180455, test.Z, 10);
        Assert.Equal(0.0471476853968511, test.PValue, 12);
        Assert.Equal(3, test.Zeros);
        Assert.Equal(12, test.Pairs);
    }

    [Fact]
    public void Wilcoxon_when_nobody_moved_is_undefined() =>
        Assert.Null(SignedRankTest.Of([0.0, 0.0, 0.0]));

    [Fact]
    public void Ordinal_change_reports_net_agree_movers_and_McNemar()
    {
        // 5-point (agree = cells 3, 4). Round 1 answers 4, 3, 1, 0, 2 (+ one only in round 1: 4) -> agree 3/6.
        // Round 2 answers 4, 1, 3, 0, 3 (+ one only in round 2: 0) -> agree 3/6. Pairs: 5; moved: 3 (3->1, 1->3, 2->3).
        // Agree -> not: 1 (3->1); not -> agree: 2 (1->3, 2->3).
        var scale = new Scale(ScaleKind.Ordinal, 5);
        AnswerPair<int>[] answers =
        [
            new(4, 4), new(3, 1), new(1, 3), new(0, 0), new(2, 3), new(4, null), new(null, 0),
        ];

        var change = RoundChange.OfOrdinal(scale, answers);

        Assert.Equal(0.5, change.AgreeBefore);
        Assert.Equal(0.5, change.AgreeAfter);
        Assert.Equal(0.0, change.NetChange);
        Assert.Equal(5, change.Pairs);
        Assert.Equal(0.6, change.ShareMoved);
        Assert.Equal(1, change.McNemar!.YesToNo);
        Assert.Equal(2, change.McNemar.NoToYes);
    }

    [Fact]
    public void Position_change_reports_net_mean_movers_and_Wilcoxon()
    {
        // Means 0.1 -> 0.3 over pairs (0.3, 0.3), (−0.2, 0.1), (0.2, 0.5); 0.30000000000000004 counts as not moving.
        AnswerPair<double>[] answers = [new(0.3, 0.30000000000000004), new(-0.2, 0.1), new(0.2, 0.5)];

        var change = RoundChange.OfPosition(answers);

        Assert.Equal(0.1, change.MeanBefore!.Value, 12);
        Assert.Equal(0.3, change.MeanAfter!.Value, 12);
        Assert.Equal(0.2, change.NetChange!.Value, 12);
        Assert.Equal(2.0 / 3, change.ShareMoved!.Value, 12);
        Assert.Equal(1, change.Wilcoxon!.Zeros);
    }

    [Fact]
    public void Change_without_answers_is_undefined()
    {
        var ordinal = RoundChange.OfOrdinal(new Scale(ScaleKind.Ordinal, 5), []);
        var position = RoundChange.OfPosition([]);

        Assert.Null(ordinal.NetChange);
        Assert.Null(ordinal.ShareMoved);
        Assert.Null(ordinal.McNemar);
        Assert.Null(position.NetChange);
        Assert.Null(position.Wilcoxon);
    }
}
