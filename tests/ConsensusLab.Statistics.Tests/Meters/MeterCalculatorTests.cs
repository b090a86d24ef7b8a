namespace ConsensusLab.Statistics.Tests.Meters;

/// <summary>
/// The three-group Likert example of <see cref="TallyFactory.ThreeGroupLikert"/> worked by hand.
/// Group distributions over cells 0..4: GOV [0, 0, 1/4, 1/4, 1/2], PS [1/2, 1/2, 0, 0, 0], CS [0, 1/4, 1/4, 1/4, 1/4];
/// group agree shares 3/4, 0, 1/2; disagree 0, 1, 1/4.
/// Headcount: W = 4, 2, 4. Agree = (3 + 0 + 2)/10 = 0.5; disagree = (0 + 2 + 1)/10 = 0.3; n_eff = 10;
///   distribution = [1, 2, 2, 2, 3]/10.
/// Equal footing: W = 10/3 each. Agree = (3/4 + 0 + 1/2)/3 = 5/12; disagree = (0 + 1 + 1/4)/3 = 5/12;
///   n_eff = 100 / ((100/9)(1/4 + 1/2 + 1/4)) = 9; distribution = [1/6, 1/4, 1/6, 1/6, 1/4].
/// Custom GOV = 2 (PS, CS default 1): W = 10*2/4 = 5, 2.5, 2.5. Agree = (5*3/4 + 2.5*0 + 2.5*1/2)/10 = 0.5;
///   disagree = (0 + 2.5 + 2.5/4)/10 = 0.3125; n_eff = 100/(25/4 + 6.25/2 + 6.25/4) = 64/7;
///   distribution = ([0, 0, 1.25, 1.25, 2.5] + [1.25, 1.25, 0, 0, 0] + [0, .625, .625, .625, .625])/10.
/// JSD = H(mixture) − Σ π_g H(P_g) with H(GOV) = 1.5, H(PS) = 1, H(CS) = 2 bits:
///   headcount π = .4/.2/.4: H([.1, .2, .2, .2, .3]) − 1.6 = 0.646439; equal footing: H(mixture) − 1.5 = 0.792481;
///   custom π = .5/.25/.25: H([.125, .1875, .1875, .1875, .3125]) − 1.5 = 0.757856 (entropies by Python math.log2).
/// </summary>
public sealed class MeterCalculatorTests
{
    public static TheoryData<string, double, double, double, double, double[], double> Schemes => new()
    {
        { "headcount", 0.5, 0.3, 10.0, 10.0, [0.1, 0.2, 0.2, 0.2, 0.3], 0.6464393446710153 },
        { "equal", 5.0 / 12, 5.0 / 12, 9.0, 10.0, [1.0 / 6, 0.25, 1.0 / 6, 1.0 / 6, 0.25], 0.792481250360578 },
        { "custom", 0.5, 0.3125, 64.0 / 7, 10.0, [0.125, 0.1875, 0.1875, 0.1875, 0.3125], 0.7578560636920493 },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Overall_meter_of_the_three_group_example_matches_hand_computation(string scheme, double agree,
        double disagree, double effectiveN, double totalWeight, double[] distribution, double jsd)
    {
        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), WeightingOf(scheme));
        var overall = meters.Overall;

        Assert.Equal(GroupMeter.OverallGroup, overall.Group);
        Assert.Equal(10, overall.Respondents);
        Assert.Equal(totalWeight, overall.TotalWeight, 12);
        Assert.Equal(effectiveN, overall.EffectiveN!.Value, 12);
        Assert.Equal(agree, overall.Agree!.Estimate!.Value, 12);
        Assert.Equal(disagree, overall.Disagree!.Estimate!.Value, 12);
        Assert.Equal(distribution.Length, overall.Distribution.Length);
        for (var i = 0; i < distribution.Length; i++)
        {
            Assert.Equal(distribution[i], overall.Distribution[i], 12);
        }

        Assert.Equal(jsd, meters.CrossGroup.JensenShannonBits!.Value, 12);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Group_meters_are_unweighted_whatever_the_scheme(string scheme, double agree, double disagree,
        double effectiveN, double totalWeight, double[] distribution, double jsd)
    {
        _ = (agree, disagree, effectiveN, totalWeight, distribution, jsd);
        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), WeightingOf(scheme));

        Assert.Equal(["GOV", "PS", "CS"], meters.Groups.Select(g => g.Group));
        Assert.Equal([4L, 2, 4], meters.Groups.Select(g => g.Respondents));
        Assert.Equal([4.0, 2, 4], meters.Groups.Select(g => g.EffectiveN!.Value));
        Assert.Equal([0.75, 0, 0.5], meters.Groups.Select(g => g.Agree!.Estimate!.Value));
        Assert.Equal([0.0, 1, 0.25], meters.Groups.Select(g => g.Disagree!.Estimate!.Value));
        Assert.Equal([0.0, 0, 0.25, 0.25, 0.5], meters.Groups[0].Distribution.ToArray());
    }

    [Theory]
    // Equal footing: every group carries 10/3; custom GOV = 2: 5, 2.5, 2.5.
    [InlineData("headcount", 4.0, 2.0, 4.0)]
    [InlineData("equal", 10.0 / 3, 10.0 / 3, 10.0 / 3)]
    [InlineData("custom", 5.0, 2.5, 2.5)]
    public void Group_total_weight_follows_the_scheme(string scheme, double gov, double ps, double cs)
    {
        var groups = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), WeightingOf(scheme)).Groups;

        Assert.Equal(gov, groups[0].TotalWeight, 12);
        Assert.Equal(ps, groups[1].TotalWeight, 12);
        Assert.Equal(cs, groups[2].TotalWeight, 12);
    }

    [Theory]
    // Python: Wilson(p, n) with z = NormalDist().inv_cdf(0.975).
    [InlineData("headcount", 0.236593090512564, 0.763406909487436)]
    [InlineData("equal", 0.170799725180002, 0.712391116223255)]
    public void Overall_agree_interval_is_Wilson_on_the_effective_n(string scheme, double lower, double upper)
    {
        var agree = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), WeightingOf(scheme)).Overall.Agree!;

        Assert.Equal(lower, agree.Lower!.Value, 9);
        Assert.Equal(upper, agree.Upper!.Value, 9);
    }

    [Fact]
    public void Group_informed_consensus_is_the_product_of_smoothed_group_agreement()
    {
        // Polis GIC: GOV (3 + 1)/(4 + 2) * PS (0 + 1)/(2 + 2) * CS (2 + 1)/(4 + 2) = 4/6 * 1/4 * 1/2 = 1/12.
        var cross = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), Weighting.EqualFooting).CrossGroup;

        Assert.Equal(1.0 / 12, cross.GroupInformedConsensus!.Value, 12);
        Assert.Equal(0.0, cross.MinimumAgree!.Value);
        Assert.Equal(3, cross.GroupsPresent);
    }

    [Fact]
    public void Meters_carry_the_snapshot_version_and_scheme()
    {
        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert() with { Version = 42 }, Weighting.Headcount);

        Assert.Equal(42, meters.Version);
        Assert.Equal(WeightingScheme.Headcount, meters.Scheme);
    }

    [Fact]
    public void Position_meter_summarises_the_axis_and_the_status_quo()
    {
        // Headcount over -1, -0.5 | 0.5 | 1, 1 with status quo 0: mean 1/5 = 0.2, population SD √((1.44 + .49 + .09 + .64 + .64)/5) = √0.66,
        // type 7 median 0.5,
        // 2/5 below and 3/5 above; bins 0, 5, 15 and 19 (which takes +1).
        var scale = new Scale(ScaleKind.Position, 0, StatusQuo: 0.0);
        var tally = TallyFactory.SingleCell(scale, TallyFactory.ThreeGroups, [0, 50], [150], [200, 200]);

        var overall = MeterCalculator.Compute(tally, Weighting.Headcount).Overall;

        var position = overall.Position!;
        Assert.Equal(0.2, position.Mean!.Value, 12);
        Assert.Equal(Math.Sqrt(0.66), position.StandardDeviation!.Value, 12);
        Assert.Equal(0.5, position.Median!.Value, 12);
        Assert.Equal(0.4, position.ShareBelowStatusQuo!.Value, 12);
        Assert.Equal(0.6, position.ShareAboveStatusQuo!.Value, 12);
        Assert.Equal(20, overall.Distribution.Length);
        Assert.Equal([0.2, 0.2, 0.2, 0.4], new[] { 0, 5, 15, 19 }.Select(b => overall.Distribution[b]));
        Assert.Null(overall.Agree);
    }

    [Fact]
    public void Position_mean_under_equal_footing_weights_groups_equally()
    {
        // Group means -0.75, 0.5, 1; each group 1/3 of the weight: (−0.75 + 0.5 + 1)/3 = 0.25.
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Position, 0), TallyFactory.ThreeGroups, [0, 50], [150], [200, 200]);

        var position = MeterCalculator.Compute(tally, Weighting.EqualFooting).Overall.Position!;

        Assert.Equal(0.25, position.Mean!.Value, 12);
        Assert.Null(position.ShareBelowStatusQuo);
        Assert.Null(position.ShareAboveStatusQuo);
    }

    [Fact]
    public void Ranking_meter_gives_Borda_scores_mean_ranks_and_first_place_shares()
    {
        // Two respondents rank items (0, 1, 2) and (1, 0, 2): mean ranks 1.5, 1.5, 3; Borda 3 − mean rank.
        var tally = new QuestionTally(new Scale(ScaleKind.Ranking, 3), TallyFactory.ThreeGroups);
        tally.Add(0, [0, 4, 8]);
        tally.Add(0, [1, 3, 8]);

        var overall = MeterCalculator.Compute(tally.Snapshot(1), Weighting.Headcount).Overall;

        Assert.Equal([new RankedItem(0, 1.5, 1.5), new RankedItem(1, 1.5, 1.5), new RankedItem(2, 0, 3)], overall.Ranking.ToArray());
        Assert.Equal([0.5, 0.5, 0.0], overall.Distribution.ToArray());
    }

    [Fact]
    public void Multiple_choice_distribution_is_the_share_of_respondents_ticking_each_option()
    {
        // GOV ticks {0, 1} and {}; PS ticks {1}: option 0 1/3, option 1 2/3, option 2 0 (shares need not sum to one).
        var tally = new QuestionTally(new Scale(ScaleKind.MultipleChoice, 3), TallyFactory.ThreeGroups);
        tally.Add(0, [0, 1]);
        tally.Add(0, []);
        tally.Add(1, [1]);

        var meters = MeterCalculator.Compute(tally.Snapshot(1), Weighting.Headcount);

        Assert.Equal(1.0 / 3, meters.Overall.Distribution[0], 12);
        Assert.Equal(2.0 / 3, meters.Overall.Distribution[1], 12);
        Assert.Equal(0.0, meters.Overall.Distribution[2]);

        // Tick distributions GOV [1/2, 1/2, 0], PS [0, 1, 0] with π = 2/3, 1/3: H([1/3, 2/3, 0]) − 2/3 · 1 = 0.251629.
        Assert.Equal(0.2516291673878229, meters.CrossGroup.JensenShannonBits!.Value, 12);
    }

    internal static Weighting WeightingOf(string scheme) => scheme switch
    {
        "headcount" => Weighting.Headcount,
        "equal" => Weighting.EqualFooting,
        _ => new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["GOV"] = 2 }),
    };
}
