using System.Text.Json;

namespace ConsensusLab.Statistics.Tests.Meters;

public sealed class MeterEdgeCaseTests
{
    private static readonly Scale Likert = new(ScaleKind.Ordinal, 5);

    public static TheoryData<ScaleKind, int> Kinds => new()
    {
        { ScaleKind.Ordinal, 5 },
        { ScaleKind.Nominal, 3 },
        { ScaleKind.MultipleChoice, 4 },
        { ScaleKind.Position, 0 },
        { ScaleKind.Ranking, 4 },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Empty_tally_gives_undefined_figures_not_NaN(ScaleKind kind, int options)
    {
        var scale = new Scale(kind, options, kind == ScaleKind.Position ? 0.0 : null);
        foreach (var weighting in AllWeightings)
        {
            var meters = MeterCalculator.Compute(TallySnapshot.Empty(scale, TallyFactory.ThreeGroups), weighting);

            AssertFinite(meters);
            Assert.Equal(0, meters.Overall.Respondents);
            Assert.Null(meters.Overall.EffectiveN);
            Assert.Empty(meters.Overall.Distribution);
            Assert.Empty(meters.Overall.Ranking);
            Assert.Null(meters.CrossGroup.GroupInformedConsensus);
            Assert.Null(meters.CrossGroup.MinimumAgree);
            Assert.Null(meters.CrossGroup.JensenShannonBits);
            Assert.Equal(0, meters.CrossGroup.GroupsPresent);
            Assert.All(meters.Groups, g => Assert.Null(g.EffectiveN));
            if (kind == ScaleKind.Ordinal)
            {
                Assert.Equal(Proportion.Undefined, meters.Overall.Agree);
                Assert.Equal(Proportion.Undefined, meters.Groups[0].Disagree);
            }

            if (kind == ScaleKind.Position)
            {
                Assert.Equal(new PositionSummary(null, null, null, null, null), meters.Overall.Position);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Single_respondent_gives_defined_figures_and_no_divergence(ScaleKind kind, int options)
    {
        var scale = new Scale(kind, options, kind == ScaleKind.Position ? 0.0 : null);
        var tally = new QuestionTally(scale, TallyFactory.ThreeGroups);
        tally.Add(1, FirstAnswer(scale));

        foreach (var weighting in AllWeightings)
        {
            var meters = MeterCalculator.Compute(tally.Snapshot(1), weighting);

            AssertFinite(meters);
            Assert.Equal(1.0, meters.Overall.EffectiveN);
            Assert.Null(meters.CrossGroup.JensenShannonBits);
            Assert.Equal(1, meters.CrossGroup.GroupsPresent);
        }
    }

    [Fact]
    public void Single_respondent_on_the_position_axis_has_zero_spread()
    {
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Position, 0, 0.0), TallyFactory.ThreeGroups, [], [150]);

        var position = MeterCalculator.Compute(tally, Weighting.EqualFooting).Overall.Position!;

        Assert.Equal(new PositionSummary(0.5, 0.0, 0.5, 0.0, 1.0), position);
    }

    [Fact]
    public void Single_agreeing_respondent_has_full_agreement_and_a_wide_interval()
    {
        var tally = TallyFactory.SingleCell(Likert, TallyFactory.ThreeGroups, [4]);

        var meters = MeterCalculator.Compute(tally, Weighting.EqualFooting);

        Assert.Equal(1.0, meters.Overall.Agree!.Estimate);
        // Wilson for 1/1 at 95%: lower = 1 / (1 + z²) = 0.206549 (Python, z = NormalDist().inv_cdf(0.975)).
        Assert.Equal(0.2065493143772375, meters.Overall.Agree.Lower!.Value, 12);
        Assert.Equal(1.0, meters.Overall.Agree.Upper);
        // Polis GIC over the one group present: (1 + 1)/(1 + 2).
        Assert.Equal(2.0 / 3, meters.CrossGroup.GroupInformedConsensus!.Value, 12);
        Assert.Equal(1.0, meters.CrossGroup.MinimumAgree);
    }

    [Fact]
    public void One_group_tally_has_no_divergence_and_equal_schemes()
    {
        var tally = TallyFactory.SingleCell(Likert, ["GOV"], [0, 3, 4, 4]);

        var equal = MeterCalculator.Compute(tally, Weighting.EqualFooting);
        var headcount = MeterCalculator.Compute(tally, Weighting.Headcount);

        AssertFinite(equal);
        Assert.Null(equal.CrossGroup.JensenShannonBits);
        Assert.Equal(0.75, equal.Overall.Agree!.Estimate);
        Assert.Equal(headcount.Overall.Distribution.ToArray(), equal.Overall.Distribution.ToArray());
        Assert.Equal(4.0, equal.Overall.EffectiveN);
    }

    [Fact]
    public void Zero_custom_weight_group_keeps_its_own_figures_but_adds_nothing_overall()
    {
        // PS (both disagree) weighted 0: overall = GOV and CS at 5 each: agree (5*3/4 + 5*1/2)/10 = 0.625, n_eff = 8.
        var weighting = new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["PS"] = 0 });

        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), weighting);

        AssertFinite(meters);
        Assert.Equal(0.625, meters.Overall.Agree!.Estimate!.Value, 12);
        Assert.Equal(8.0, meters.Overall.EffectiveN!.Value, 12);
        Assert.Equal(10, meters.Overall.Respondents);
        var ps = meters.Groups[1];
        Assert.Equal(0.0, ps.TotalWeight);
        Assert.Equal(2.0, ps.EffectiveN);
        Assert.Equal(1.0, ps.Disagree!.Estimate);
        Assert.Equal(3, meters.CrossGroup.GroupsPresent);
    }

    [Fact]
    public void All_zero_custom_weights_leave_the_overall_figures_undefined()
    {
        var zero = new Dictionary<string, double> { ["GOV"] = 0, ["PS"] = 0, ["CS"] = 0 };

        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), new Weighting(WeightingScheme.Custom, zero));

        AssertFinite(meters);
        Assert.Null(meters.Overall.EffectiveN);
        Assert.Empty(meters.Overall.Distribution);
        Assert.Equal(Proportion.Undefined, meters.Overall.Agree);
        Assert.Null(meters.CrossGroup.JensenShannonBits);
        Assert.Equal(0.75, meters.Groups[0].Agree!.Estimate);
    }

    [Fact]
    public void Everyone_identical_gives_zero_divergence()
    {
        var tally = TallyFactory.SingleCell(Likert, TallyFactory.ThreeGroups, [4, 4], [4], [4, 4, 4]);

        var meters = MeterCalculator.Compute(tally, Weighting.EqualFooting);

        Assert.Equal(0.0, meters.CrossGroup.JensenShannonBits);
        Assert.Equal(1.0, meters.CrossGroup.MinimumAgree);
    }

    internal static IEnumerable<Weighting> AllWeightings =>
    [
        Weighting.Headcount,
        Weighting.EqualFooting,
        new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["GOV"] = 0, ["CS"] = 3 }),
    ];

    internal static int[] FirstAnswer(Scale scale) => scale.Kind switch
    {
        ScaleKind.MultipleChoice => [0, 2],
        ScaleKind.Ranking => Enumerable.Range(0, scale.Options).Select(i => (i * scale.Options) + i).ToArray(),
        _ => [scale.CellCount - 1],
    };

    /// <summary>System.Text.Json refuses NaN and Infinity by default, so serialising proves every figure is finite.</summary>
    internal static void AssertFinite(QuestionMeters meters) => Assert.NotEmpty(JsonSerializer.Serialize(meters));
}
