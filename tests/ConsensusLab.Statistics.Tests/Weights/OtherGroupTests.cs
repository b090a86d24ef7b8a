namespace ConsensusLab.Statistics.Tests.Weights;

/// <summary>
/// "Other / prefer not to say" under each treatment (issue 11: eight such respondents weighed eleven times a
/// civil-society respondent). Example: GOV 2 strongly agree, CS 4 strongly disagree, OTHER 1 strongly agrees; N = 7.
/// </summary>
public sealed class OtherGroupTests
{
    private static readonly string[] Groups = ["GOV", "CS", "OTHER"];
    private static readonly TallySnapshot Example =
        TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), Groups, [4, 4], [0, 0, 0, 0], [4]);

    private static Weighting EqualFooting(OtherGroupTreatment treatment) =>
        Weighting.EqualFooting with { Other = new OtherGroups(["OTHER"], treatment) };

    public static TheoryData<OtherGroupTreatment, double[], double> Treatments => new()
    {
        // Three groups of 7/3 each: per respondent 7/6, 7/12, 7/3; agree (1 + 0 + 1)/3.
        { OtherGroupTreatment.AsGroup, [7.0 / 6, 7.0 / 12, 7.0 / 3], 2.0 / 3 },
        // OTHER counts once; GOV and CS share 7 − 1 = 6: 3/2 = 1.5, 3/4 = 0.75; agree (2 · 1.5 + 1)/7 = 4/7.
        { OtherGroupTreatment.PooledAtHeadcount, [1.5, 0.75, 1.0], 4.0 / 7 },
        // OTHER carries nothing; GOV and CS share 7: 3.5/2 = 1.75, 3.5/4 = 0.875; agree 3.5/7 = 1/2.
        { OtherGroupTreatment.Excluded, [1.75, 0.875, 0.0], 0.5 },
    };

    [Theory]
    [MemberData(nameof(Treatments))]
    public void Equal_footing_weighs_Other_as_its_treatment_says(OtherGroupTreatment treatment, double[] weights, double agree)
    {
        var weighting = EqualFooting(treatment);

        Assert.Equal(weights, weighting.RespondentWeights(Example), Tolerance);
        Assert.Equal(agree, MeterCalculator.Compute(Example, weighting).Overall.Agree!.Estimate!.Value, 12);
    }

    [Theory]
    [InlineData(OtherGroupTreatment.AsGroup)]
    [InlineData(OtherGroupTreatment.PooledAtHeadcount)]
    [InlineData(OtherGroupTreatment.Excluded)]
    public void Headcount_and_custom_weights_do_not_depend_on_the_treatment(OtherGroupTreatment treatment)
    {
        var other = new OtherGroups(["OTHER"], treatment);
        var custom = new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["OTHER"] = 2 });

        Assert.Equal([1.0, 1.0, 1.0], (Weighting.Headcount with { Other = other }).RespondentWeights(Example));
        // c = 1, 1, 2 over 7: totals 7/4, 7/4, 7/2; per respondent 7/8, 7/16, 7/2.
        Assert.Equal([7.0 / 8, 7.0 / 16, 3.5], (custom with { Other = other }).RespondentWeights(Example), Tolerance);
    }

    [Fact]
    public void Other_keeps_its_own_row_whatever_the_treatment()
    {
        var meters = MeterCalculator.Compute(Example, EqualFooting(OtherGroupTreatment.Excluded));
        var other = meters.Groups.Single(g => g.Group == "OTHER");

        Assert.Equal(1, other.Respondents);
        Assert.Equal(1.0, other.Agree!.Estimate!.Value, 12);
        Assert.Equal(0.0, other.TotalWeight);
        Assert.Equal(7, meters.Overall.Respondents);
    }

    [Theory]
    // As a group: Polis (2+1)/(2+2) · (0+1)/(4+2) · (1+1)/(1+2) = 1/12 over three groups; otherwise GOV and CS only: 1/8.
    [InlineData(OtherGroupTreatment.AsGroup, 3, 1.0 / 12)]
    [InlineData(OtherGroupTreatment.PooledAtHeadcount, 2, 1.0 / 8)]
    [InlineData(OtherGroupTreatment.Excluded, 2, 1.0 / 8)]
    public void Other_is_compared_with_the_stakeholder_groups_only_when_weighted_as_a_group(OtherGroupTreatment treatment,
        int compared, double groupInformedConsensus)
    {
        foreach (var weighting in new[] { EqualFooting(treatment), Weighting.Headcount with { Other = new OtherGroups(["OTHER"], treatment) } })
        {
            var cross = MeterCalculator.Compute(Example, weighting).CrossGroup;

            Assert.Equal(3, cross.GroupsPresent);
            Assert.Equal(compared, cross.GroupsCompared);
            Assert.Equal(groupInformedConsensus, cross.GroupInformedConsensus!.Value, 12);
        }
    }

    [Fact]
    public void With_only_Other_present_pooled_respondents_keep_their_headcount_weight_and_left_out_ones_none()
    {
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), Groups, [], [], [4, 0]);

        Assert.Equal([0.0, 0.0, 1.0], EqualFooting(OtherGroupTreatment.PooledAtHeadcount).RespondentWeights(tally));
        Assert.Equal([0.0, 0.0, 0.0], EqualFooting(OtherGroupTreatment.Excluded).RespondentWeights(tally));
        Assert.Null(MeterCalculator.Compute(tally, EqualFooting(OtherGroupTreatment.Excluded)).Overall.Agree!.Estimate);
    }

    private static IEqualityComparer<double> Tolerance => Statistics.Tests.Tolerance.TwelveDigits;
}
