namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class LinearisationTests
{
    // Reference/survey_reference.R: svymean(~y and ~x, svydesign(ids = ~1, weights = ~w), deff = "replace").
    [Theory]
    [InlineData("equal footing", "agrees", 0.416666666666667, 0.157357884861772, 1.12063492063492)]
    [InlineData("equal footing", "answers", 2.80555555555556, 0.469656992373261, 1.21929257679548)]
    [InlineData("raked", "agrees", 0.434825601207074, 0.163568414436001, 1.19755091169553)]
    [InlineData("raked", "answers", 2.79701601990338, 0.485542732069133, 1.34745539560807)]
    public void Mean_SE_and_design_effect_match_R_survey_svymean(string weights, string answers, double mean, double se, double deff)
    {
        var estimate = Linearisation.Mean(Answers(answers), Weights(weights));

        Assert.Equal(mean, estimate.Estimate!.Value, 12);
        Assert.Equal(se, estimate.StandardError!.Value, 12);
        Assert.Equal(deff, estimate.DesignEffect!.Value, 12);
        Assert.Equal(12, estimate.Respondents);
    }

    [Fact]
    public void SE_matches_the_formula_of_the_brief_by_hand()
    {
        // y = 1, 0, 1 with w = 1, 2, 1: ȳ = 1/2; Σw²(y − ȳ)² = 1/4 + 1 + 1/4 = 3/2; SE = √(3/2 · 3/2) / 4 = 3/8.
        var estimate = Linearisation.Mean([1, 0, 1], [1, 2, 1]);

        Assert.Equal(0.375, estimate.StandardError!.Value, 12);
    }

    [Fact]
    public void Scaling_the_weights_changes_nothing()
    {
        var normal = Linearisation.Mean(SurveyExample.Answers, SurveyExample.Raked);
        var scaled = Linearisation.Mean(SurveyExample.Answers, SurveyExample.Raked.Select(w => w * 37.5).ToArray());

        Assert.Equal(normal.StandardError!.Value, scaled.StandardError!.Value, 12);
        Assert.Equal(normal.DesignEffect!.Value, scaled.DesignEffect!.Value, 12);
    }

    [Fact]
    public void Zero_weights_count_as_dropped_respondents()
    {
        // R: SE(svymean(~y, svydesign(ids = ~1, weights = ~w, data = z[z$w > 0, ]))) = 0.237998036524298; keeping
        // the zero-weight row in R's design gives 0.230440607972168 (n = 5 in n/(n − 1)).
        var estimate = Linearisation.Mean([1, 0, 1, 0, 1], [1, 2, 0, 3, 1]);

        Assert.Equal(0.237998036524298, estimate.StandardError!.Value, 12);
        Assert.Equal(4, estimate.Respondents);
    }

    [Fact]
    public void Proportion_is_the_mean_of_the_yes_indicator()
    {
        var yes = SurveyExample.Agrees.Select(a => a == 1).ToArray();

        Assert.Equal(Linearisation.Mean(SurveyExample.Agrees, SurveyExample.EqualFooting), Linearisation.Proportion(yes, SurveyExample.EqualFooting));
    }

    [Fact]
    public void Identical_answers_have_SE_zero_and_no_design_effect()
    {
        // R: svymean gives SE 0 and DEff NaN.
        var estimate = Linearisation.Mean([1, 1, 1, 1], [1, 2, 1, 3]);

        Assert.Equal(1.0, estimate.Estimate);
        Assert.Equal(0.0, estimate.StandardError);
        Assert.Null(estimate.DesignEffect);
    }

    [Fact]
    public void One_respondent_has_an_estimate_but_no_SE()
    {
        var estimate = Linearisation.Mean([4], [2.5]);

        Assert.Equal(new SurveyEstimate(4, null, null, 1, 1), estimate);
    }

    [Theory]
    [InlineData(new double[0], new double[0])]
    [InlineData(new[] { 1.0, 0.0 }, new[] { 0.0, 0.0 })]
    public void No_respondent_with_weight_is_undefined(double[] answers, double[] weights) =>
        Assert.Equal(SurveyEstimate.Undefined, Linearisation.Mean(answers, weights));

    [Fact]
    public void Non_finite_answer_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Linearisation.Mean([double.NaN, 1], [1, 1]));

    [Fact]
    public void Answers_and_weights_of_different_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Linearisation.Mean([1, 0], [1]));

    private static double[] Answers(string name) => name == "agrees" ? SurveyExample.Agrees : SurveyExample.Answers;

    private static double[] Weights(string name) => name == "raked" ? SurveyExample.Raked : SurveyExample.EqualFooting;
}
