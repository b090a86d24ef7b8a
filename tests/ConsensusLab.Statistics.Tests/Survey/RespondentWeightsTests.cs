namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class RespondentWeightsTests
{
    [Fact]
    public void Normalising_scales_the_weights_to_sum_to_n()
    {
        var weights = SurveyExample.Weighted([.. SurveyExample.EqualFooting.Select(w => w * 7.5)]).NormalisedToCount();

        Assert.Equal(SurveyExample.EqualFooting, weights.Weights, Tolerance.TwelveDigits);
    }

    [Fact]
    public void Normalising_all_zero_weights_leaves_them_zero() =>
        Assert.All(SurveyExample.Weighted(new double[12]).NormalisedToCount().Weights, w => Assert.Equal(0.0, w));

    [Fact]
    public void Kish_design_effect_is_n_times_sum_of_squares_over_squared_sum()
    {
        // Equal footing: Σw = 12, Σw² = 4·1 + 2·4 + 6·4/9 = 44/3; deff = 12·(44/3)/144 = 11/9.
        var weights = SurveyExample.Weighted(SurveyExample.EqualFooting);

        Assert.Equal(144.0 / (44.0 / 3), weights.KishEffectiveN()!.Value, 12);
        Assert.Equal(11.0 / 9, weights.KishDesignEffect()!.Value, 12);
    }

    [Fact]
    public void Kish_figures_of_zero_weights_are_undefined()
    {
        var weights = SurveyExample.Weighted(new double[12]);

        Assert.Null(weights.KishEffectiveN());
        Assert.Null(weights.KishDesignEffect());
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_or_non_finite_weight_is_rejected(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RespondentWeights([new("GOV", "AFR", "F")], [weight]));

    [Fact]
    public void Weights_and_respondents_of_different_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new RespondentWeights([new("GOV", "AFR", "F")], [1.0, 1.0]));
}
