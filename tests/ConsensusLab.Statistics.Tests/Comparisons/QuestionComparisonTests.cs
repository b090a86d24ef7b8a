namespace ConsensusLab.Statistics.Tests.Comparisons;

public sealed class QuestionComparisonTests
{
    private const double Confidence = 0.95;

    [Fact]
    public void Share_difference_of_civil_society_matches_the_hand_computation()
    {
        // CS agrees 2 of 6 in 2025 and 4 of 6 in 2026: d = 1/3. Pooled p̄ = 1/2, SE₀ = √(1/4 · (1/6 + 1/6)) = √(1/12),
        // z = (1/3)/√(1/12) = 2/√3. The Wilson bounds of 4/6 mirror those of 2/6 (l₂ = 1 − u₁, u₂ = 1 − l₁), so Newcombe's
        // lower = 1/3 − √((2/3 − l₂)² + (u₁ − 1/3)²) = 1/3 − √2 (u₁ − 1/3), upper = 1/3 + √2 (1/3 − l₁).
        var wilson = WilsonInterval.Of(2 / 6.0, 6, Confidence);
        var cs = Trend(ComparisonExample.Likert(), WeightingScheme.Headcount, "CS").Differences.Single();

        Assert.Equal(1 / 3.0, cs.Difference!.Value, 12);
        Assert.Equal(2 / Math.Sqrt(3), cs.Statistic!.Value, 12);
        Assert.Equal((1 / 3.0) - (Math.Sqrt(2) * (wilson.Upper!.Value - (1 / 3.0))), cs.Lower!.Value, 12);
        Assert.Equal((1 / 3.0) + (Math.Sqrt(2) * ((1 / 3.0) - wilson.Lower!.Value)), cs.Upper!.Value, 12);
        Assert.Null(cs.DegreesOfFreedom);
        Assert.Equal(("2025", "2026"), (cs.From, cs.To));
    }

    [Fact]
    public void Equal_footing_share_is_the_meters_share_on_Kish_effective_n_by_hand()
    {
        // 2025: GOV 3/4 and CS 2/6 each carry 10/2 = 5: p = (3/4 + 1/3)/2 = 13/24, n_eff = 10²/(5²/4 + 5²/6) = 9.6.
        // 2026: GOV 4/5 and CS 4/6 each carry 11/2: p = 11/15, n_eff = 11²/(5.5²/5 + 5.5²/6) = 120/11.
        var overall = Comparison(ComparisonExample.Likert(), WeightingScheme.EqualFooting).Overall;

        Assert.Equal(13 / 24.0, overall.Sessions[0].Estimate!.Value, 12);
        Assert.Equal(9.6, overall.Sessions[0].EffectiveN!.Value, 12);
        Assert.Equal(11 / 15.0, overall.Sessions[1].Estimate!.Value, 12);
        Assert.Equal(120 / 11.0, overall.Sessions[1].EffectiveN!.Value, 12);
        var wilson = WilsonInterval.Of(13 / 24.0, 9.6, Confidence);
        Assert.Equal([wilson.Lower!.Value, wilson.Upper!.Value], [overall.Sessions[0].Lower!.Value, overall.Sessions[0].Upper!.Value], Tolerance.TwelveDigits);
        Assert.Equal(10, overall.Sessions[0].Respondents);
    }

    // Reference/comparison_reference.py (/usr/bin/python3): statsmodels confint_proportions_2indep(method = "newcomb",
    // compare = "diff") and proportions_ztest; equal footing passes p·n_eff of n_eff as fractional counts.
    [Theory]
    [InlineData("Headcount", "GOV", 0.050000000000000044, -0.4211214476906331, 0.5282732443185392, 0.1792842914001592, 0.8577144806607082)]
    [InlineData("Headcount", "CS", 0.3333333333333333, -0.1852210933587503, 0.667882412088588, 1.1547005383792515, 0.24821307898992373)]
    [InlineData("Headcount", "overall", 0.2272727272727273, -0.166661494845747, 0.5436611104717803, 1.0711163381212192, 0.28411712283123236)]
    [InlineData("EqualFooting", "overall", 0.19166666666666676, -0.19769458545713003, 0.5195313482464646, 0.9043385507100753, 0.3658159110302074)]
    public void Share_difference_matches_statsmodels(string scheme, string group, double d, double lower, double upper, double z, double p)
    {
        var difference = Trend(ComparisonExample.Likert(), Enum.Parse<WeightingScheme>(scheme), group).Differences.Single();

        Assert.Equal([d, lower, upper, z, p], [difference.Difference!.Value, difference.Lower!.Value, difference.Upper!.Value,
            difference.Statistic!.Value, difference.PValue!.Value], new Tolerance(1e-9));
    }

    [Fact]
    public void Welch_difference_of_civil_society_positions_matches_the_hand_computation()
    {
        // 2025 CS 0.2, 0.4, 0.6, 1: mean 0.55, s² = 0.35/3, SE² = 0.35/12. 2026 CS 0.5, 0.5, 0.9: mean 19/30, s² = 0.08/1.5,
        // SE² = 0.16/9. SE = √(0.35/12 + 0.16/9) = 13/60, t = (1/12)/(13/60) = 5/13,
        // df = (169/3600)² / ((0.35/12)²/3 + (0.16/9)²/2).
        var cs = Trend(ComparisonExample.Position(), WeightingScheme.Headcount, "CS").Differences.Single();

        Assert.Equal(1 / 12.0, cs.Difference!.Value, 12);
        Assert.Equal(5 / 13.0, cs.Statistic!.Value, 12);
        Assert.Equal(Math.Pow(169 / 3600.0, 2) / ((Math.Pow(0.35 / 12, 2) / 3) + (Math.Pow(0.16 / 9, 2) / 2)), cs.DegreesOfFreedom!.Value, 9);
    }

    // Reference/comparison_reference.py: scipy ttest_ind(equal_var = False) for t and p, statsmodels CompareMeans
    // tconfint_diff(usevar = "unequal") for the interval and df, DescrStatsW.tconfint_mean for each session's interval.
    [Theory]
    [InlineData("GOV", -0.3125, -1.36018385951473, 0.73518385951473, -0.7808688094430304, 4.7155324675324675, 0.472237906957251, -1.2420688559218762, 1.2420688559218762)]
    [InlineData("CS", 0.08333333333333326, -0.473942943403329, 0.6406096100699955, 0.3846153846153843, 4.990564389306307, 0.7163665271324564, 0.006493823240702135, 1.093506176759298)]
    [InlineData("overall", -0.22142857142857147, -0.8948565393701549, 0.45199939651301196, -0.723806643169533, 10.98694969803705, 0.48431093019190186, -0.12741429998873066, 0.7559857285601593)]
    public void Welch_difference_matches_scipy(string group, double d, double lower, double upper, double t, double df, double p, double firstLower, double firstUpper)
    {
        var trend = Trend(ComparisonExample.Position(), WeightingScheme.Headcount, group);
        var difference = trend.Differences.Single();

        Assert.Equal([d, lower, upper, t, df, p, firstLower, firstUpper], [difference.Difference!.Value, difference.Lower!.Value,
            difference.Upper!.Value, difference.Statistic!.Value, difference.DegreesOfFreedom!.Value, difference.PValue!.Value,
            trend.Sessions[0].Lower!.Value, trend.Sessions[0].Upper!.Value], new Tolerance(1e-9));
    }

    [Fact]
    public void Equal_footing_mean_and_its_SEs_match_R_survey()
    {
        // Reference/comparison_reference.R (Rscript, survey 4.1.1): svymean per session and, for the difference, svyglm(y ~ s)
        // on both sessions stratified by session: 0.275 (SE 0.188283471152566), 0.160416666666667 (SE 0.241481666348176),
        // difference −0.114583333333333 (SE 0.306209178000188).
        var overall = Comparison(ComparisonExample.Position(), WeightingScheme.EqualFooting).Overall;
        var difference = overall.Differences.Single();

        Assert.Equal([0.275, 0.188283471152566, 0.160416666666667, 0.241481666348176, -0.114583333333333, 0.306209178000188],
            [overall.Sessions[0].Estimate!.Value, overall.Sessions[0].StandardError!.Value, overall.Sessions[1].Estimate!.Value,
                overall.Sessions[1].StandardError!.Value, difference.Difference!.Value, difference.Difference!.Value / difference.Statistic!.Value],
            new Tolerance(1e-12));
    }

    [Fact]
    public void A_group_below_a_sessions_privacy_threshold_is_withheld_and_not_compared()
    {
        var sessions = ComparisonExample.Likert();
        sessions[0] = sessions[0] with { PrivacyThreshold = 5 };

        var gov = Trend(sessions, WeightingScheme.Headcount, "GOV");

        Assert.True(gov.Sessions[0].Suppressed);
        Assert.Null(gov.Sessions[0].Estimate);
        Assert.Null(gov.Differences.Single().Difference);
        Assert.Equal(0.8, gov.Sessions[1].Estimate!.Value, 12);
    }

    [Fact]
    public void A_group_missing_from_one_session_has_no_figure_there()
    {
        var sessions = ComparisonExample.Likert();
        sessions[1] = ComparisonExample.Session("2026", TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), ["GOV", "TC"], [4], [3, 3]));

        var comparison = Comparison(sessions, WeightingScheme.Headcount);

        Assert.Equal(["GOV", "CS", "TC"], comparison.Groups.Select(g => g.Group));
        Assert.Null(comparison.Groups[1].Sessions[1].Estimate);
        Assert.False(comparison.Groups[1].Sessions[1].Suppressed);
        Assert.Null(comparison.Groups[2].Differences.Single().Difference);
    }

    [Fact]
    public void Scales_of_different_kinds_or_lengths_are_refused()
    {
        ComparedSession[] kinds = [ComparisonExample.Likert()[0], ComparisonExample.Position()[1]];
        ComparedSession[] lengths = [ComparisonExample.Likert()[0],
            ComparisonExample.Session("2026", TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 7), ["GOV"], [6]))];

        Assert.Throws<ArgumentException>(() => QuestionComparison.Compare(kinds, Confidence));
        Assert.Throws<ArgumentException>(() => QuestionComparison.Compare(lengths, Confidence));
        Assert.False(QuestionComparison.Comparable(new Scale(ScaleKind.Nominal, 3), new Scale(ScaleKind.Nominal, 3)));
    }

    private static SchemeComparison Comparison(ComparedSession[] sessions, WeightingScheme scheme) =>
        QuestionComparison.Compare(sessions, Confidence).Single(c => c.Scheme == scheme);

    private static GroupTrend Trend(ComparedSession[] sessions, WeightingScheme scheme, string group)
    {
        var comparison = Comparison(sessions, scheme);
        return group == GroupMeter.OverallGroup ? comparison.Overall : comparison.Groups.Single(g => g.Group == group);
    }
}
