namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class SchemeWeightsTests
{
    public static TheoryData<string> Schemes => ["equal footing", "headcount", "custom", "equal footing, Other pooled", "equal footing, Other excluded"];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Each_respondent_gets_the_weight_the_scheme_gives_their_group(string name)
    {
        var weighting = Scheme(name);
        string[] groups = ["GOV", "PS", "CS", "OTHER"];
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), groups, [2, 3, 4, 4], [0, 1], [1, 2, 3, 4], [2]);
        var respondents = new List<RespondentProfile>();
        var expected = new List<double>();
        var groupWeights = weighting.RespondentWeights(tally);
        for (var g = 0; g < groups.Length; g++)
        {
            for (var i = 0; i < tally.Groups[g].Respondents; i++)
            {
                // Interleave regions so that respondents of one group are not contiguous in region order.
                respondents.Insert(respondents.Count / 2, new RespondentProfile(groups[g], i % 2 == 0 ? "AFR" : "WEOG", "F"));
                expected.Insert(expected.Count / 2, groupWeights[g]);
            }
        }

        var weights = SchemeWeights.For(weighting, respondents);

        Assert.Equal(expected, weights.Weights, Tolerance.TwelveDigits);
        Assert.Equal(respondents, weights.Respondents);
    }

    [Fact]
    public void Scheme_weights_sum_to_the_number_of_respondents() =>
        Assert.Equal(12, SchemeWeights.For(Weighting.EqualFooting, SurveyExample.Respondents).Total, 12);

    [Fact]
    public void Equal_footing_on_the_example_is_one_two_and_two_thirds() =>
        Assert.Equal(SurveyExample.EqualFooting, SchemeWeights.For(Weighting.EqualFooting, SurveyExample.Respondents).Weights, Tolerance.TwelveDigits);

    [Fact]
    public void No_respondents_give_no_weights() =>
        Assert.Empty(SchemeWeights.For(Weighting.EqualFooting, []).Weights);

    private static Weighting Scheme(string name) => name switch
    {
        "equal footing" => Weighting.EqualFooting with { Other = new OtherGroups(["OTHER"], OtherGroupTreatment.AsGroup) },
        "headcount" => Weighting.Headcount,
        "custom" => new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["GOV"] = 2, ["PS"] = 0 }),
        "equal footing, Other pooled" => Weighting.EqualFooting with { Other = new OtherGroups(["OTHER"], OtherGroupTreatment.PooledAtHeadcount) },
        "equal footing, Other excluded" => Weighting.EqualFooting with { Other = new OtherGroups(["OTHER"], OtherGroupTreatment.Excluded) },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
