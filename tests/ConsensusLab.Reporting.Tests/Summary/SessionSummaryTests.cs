using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting.Tests.Summary;

public sealed class SessionSummaryTests
{
    private const int Precision = 12;

    /// <summary>
    /// Five-point Likert: GOV answers 4 and 3 (both agree), CS answers 0, 1, 4 and 2, TC, IGO and PS nobody.
    /// One CS participant first answered 4 and then changed to 0: only the change counts.
    /// </summary>
    private static QuestionSummary Likert(double governmentWeight = 2.0)
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1")).Weight("GOV", governmentWeight);
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 3));
        var changed = archive.Answered("CS", "q1", new AnswerValue(Choice: 4));
        archive.Answer(changed, "q1", new AnswerValue(Choice: 0));
        foreach (var choice in new[] { 1, 4, 2 })
            archive.Answered("CS", "q1", new AnswerValue(Choice: choice));
        return Assert.Single(SessionSummary.Of(archive.Build()).Questions);
    }

    private static QuestionMeters Scheme(QuestionSummary question, WeightingScheme scheme) =>
        Assert.Single(question.Meters, m => m.Scheme == scheme);

    [Fact]
    public void Every_question_is_summarised_under_equal_footing_headcount_and_custom_weights()
    {
        var question = Likert();

        Assert.Equal([WeightingScheme.EqualFooting, WeightingScheme.Headcount, WeightingScheme.Custom], question.Meters.Select(m => m.Scheme));
        Assert.All(question.Meters, m => Assert.Equal(["GOV", "IGO", "PS", "CS", "TC", "OTHER"], m.Groups.Select(g => g.Group)));
        Assert.All(question.Meters, m => Assert.Equal(7, m.Version));
    }

    [Fact]
    public void Headcount_counts_every_current_answer_once()
    {
        var overall = Scheme(Likert(), WeightingScheme.Headcount).Overall;

        Assert.Equal(6, overall.Respondents);
        Assert.Equal(6, overall.TotalWeight, Precision);
        Assert.Equal(6, overall.EffectiveN!.Value, Precision);
        Assert.Equal([1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 2 / 6.0], overall.Distribution, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(3 / 6.0, overall.Agree!.Estimate!.Value, Precision);
        Assert.Equal(Expected.Wilson(0.5, 6).Lower, overall.Agree.Lower!.Value, Precision);
        Assert.Equal(Expected.Wilson(0.5, 6).Upper, overall.Agree.Upper!.Value, Precision);
        Assert.Equal(2 / 6.0, overall.Disagree!.Estimate!.Value, Precision);
        Assert.Equal(Expected.Wilson(2 / 6.0, 6).Lower, overall.Disagree.Lower!.Value, Precision);
    }

    [Fact]
    public void Equal_footing_gives_each_group_present_the_same_total_weight()
    {
        // N = 6 respondents, 2 groups present: each group carries 3, so a GOV answer weighs 1.5 and a CS answer 0.75.
        var meters = Scheme(Likert(), WeightingScheme.EqualFooting);
        var overall = meters.Overall;

        Assert.Equal(6, overall.TotalWeight, Precision);
        Assert.Equal(36 / 6.75, overall.EffectiveN!.Value, Precision);
        Assert.Equal(3.75 / 6, overall.Agree!.Estimate!.Value, Precision);
        Assert.Equal(Expected.Wilson(0.625, 36 / 6.75).Lower, overall.Agree.Lower!.Value, Precision);
        Assert.Equal(1.5 / 6, overall.Disagree!.Estimate!.Value, Precision);
        Assert.Equal([0.125, 0.125, 0.125, 0.25, 0.375], overall.Distribution, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(3, meters.Groups.Single(g => g.Group == "GOV").TotalWeight, Precision);
        Assert.Equal(3, meters.Groups.Single(g => g.Group == "CS").TotalWeight, Precision);
        // Equal weights of 1/2: H(mixture) minus the mean of H(GOV) = 1 bit and H(CS) = 2 bits.
        Assert.Equal(Expected.Entropy(0.125, 0.125, 0.125, 0.25, 0.375) - 1.5, meters.CrossGroup.JensenShannonBits!.Value, Precision);
    }

    [Fact]
    public void Custom_weights_come_from_the_moderators_group_weights()
    {
        // GOV 2, CS 1: GOV carries 6 * 2/3 = 4 (2 per answer), CS carries 2 (0.5 per answer).
        var overall = Scheme(Likert(governmentWeight: 2), WeightingScheme.Custom).Overall;

        Assert.Equal(4.5 / 6, overall.Agree!.Estimate!.Value, Precision);
        Assert.Equal(1 / 6.0, overall.Disagree!.Estimate!.Value, Precision);
        Assert.Equal(4, overall.EffectiveN!.Value, Precision);
        Assert.Equal(Expected.Wilson(0.75, 4).Upper, overall.Agree.Upper!.Value, Precision);
    }

    [Fact]
    public void Group_figures_are_each_groups_own_unweighted_figures()
    {
        var meters = Scheme(Likert(), WeightingScheme.EqualFooting);
        var government = meters.Groups.Single(g => g.Group == "GOV");
        var civilSociety = meters.Groups.Single(g => g.Group == "CS");

        Assert.Equal(2, government.Respondents);
        Assert.Equal(1, government.Agree!.Estimate!.Value, Precision);
        Assert.Equal(Expected.Wilson(1, 2).Lower, government.Agree.Lower!.Value, Precision);
        Assert.Equal(1, government.Agree.Upper!.Value, Precision);
        Assert.Equal(4, civilSociety.Respondents);
        Assert.Equal(0.25, civilSociety.Agree!.Estimate!.Value, Precision);
        Assert.Equal(0.5, civilSociety.Disagree!.Estimate!.Value, Precision);
        Assert.Equal(Expected.Wilson(0.5, 4).Lower, civilSociety.Disagree.Lower!.Value, Precision);
        Assert.Equal([0.25, 0.25, 0.25, 0, 0.25], civilSociety.Distribution.ToArray());
    }

    [Fact]
    public void Cross_group_figures_compare_the_groups_present()
    {
        var cross = Scheme(Likert(), WeightingScheme.Headcount).CrossGroup;

        Assert.Equal(2, cross.GroupsPresent);
        // Polis: (2 + 1)/(2 + 2) for GOV times (1 + 1)/(4 + 2) for CS.
        Assert.Equal(0.75 / 3, cross.GroupInformedConsensus!.Value, Precision);
        Assert.Equal(0.25, cross.MinimumAgree!.Value, Precision);
        // Weights 1/3 and 2/3: H(1/6, 1/6, 1/6, 1/6, 1/3) − (1/3 · 1 + 2/3 · 2) = log2(3) − 1.
        Assert.Equal(Math.Log2(3) - 1, cross.JensenShannonBits!.Value, Precision);
    }

    [Fact]
    public void A_group_without_respondents_has_undefined_figures()
    {
        var technical = Scheme(Likert(), WeightingScheme.EqualFooting).Groups.Single(g => g.Group == "TC");

        Assert.Equal(0, technical.Respondents);
        Assert.Null(technical.EffectiveN);
        Assert.Empty(technical.Distribution);
        Assert.Null(technical.Agree!.Estimate);
        Assert.Null(technical.Agree.Lower);
    }

    [Fact]
    public void A_question_nobody_answered_is_summarised_with_undefined_figures()
    {
        var question = Assert.Single(SessionSummary.Of(new TestArchive().Question(TestArchive.Likert("q1")).Build()).Questions);

        Assert.Equal(1, question.Round);
        Assert.All(question.Meters, m =>
        {
            Assert.Equal(0, m.Overall.Respondents);
            Assert.Null(m.Overall.Agree!.Estimate);
            Assert.Null(m.CrossGroup.GroupInformedConsensus);
            Assert.Null(m.CrossGroup.JensenShannonBits);
            Assert.Equal(0, m.CrossGroup.GroupsPresent);
        });
    }

    [Fact]
    public void Position_answers_give_mean_spread_median_and_the_shares_either_side_of_the_status_quo()
    {
        var archive = new TestArchive().Question(TestArchive.Position("axis", statusQuo: 0));
        archive.Answered("GOV", "axis", new AnswerValue(Position: 0.5));
        archive.Answered("GOV", "axis", new AnswerValue(Position: 0.7));
        archive.Answered("TC", "axis", new AnswerValue(Position: -0.5));
        archive.Answered("TC", "axis", new AnswerValue(Position: 0));

        var question = Assert.Single(SessionSummary.Of(archive.Build()).Questions);
        var position = Scheme(question, WeightingScheme.Headcount).Overall.Position!;

        var mean = 0.7 / 4;
        Assert.Equal(mean, position.Mean!.Value, Precision);
        var variance = new[] { 0.5, 0.7, -0.5, 0 }.Sum(v => (v - mean) * (v - mean)) / 4;
        Assert.Equal(Math.Sqrt(variance), position.StandardDeviation!.Value, Precision);
        // Type 7 median of -0.5, 0, 0.5, 0.7: halfway between 0 and 0.5.
        Assert.Equal(0.25, position.Median!.Value, Precision);
        Assert.Equal(0.25, position.ShareBelowStatusQuo!.Value, Precision);
        Assert.Equal(0.5, position.ShareAboveStatusQuo!.Value, Precision);
        Assert.Null(Scheme(question, WeightingScheme.Headcount).Overall.Agree);
    }

    [Fact]
    public void Ranking_answers_give_Borda_scores_and_mean_ranks_per_item()
    {
        var archive = new TestArchive().Question(TestArchive.Choices("priorities", QuestionKind.Ranking, "ICANN", "IGF", "ITU"));
        archive.Answered("CS", "priorities", new AnswerValue(Ranking: [1, 0, 2]));
        archive.Answered("CS", "priorities", new AnswerValue(Ranking: [1, 2, 0]));

        var question = Assert.Single(SessionSummary.Of(archive.Build()).Questions);
        var ranking = Scheme(question, WeightingScheme.Headcount).Overall.Ranking;

        // IGF first twice (2 Borda points each); ICANN second then third (1 + 0); ITU third then second (0 + 1).
        Assert.Equal([0.5, 2, 0.5], ranking.Select(r => r.BordaScore));
        Assert.Equal([2.5, 1, 2.5], ranking.Select(r => r.MeanRank));
        Assert.Equal([0, 1, 0], Scheme(question, WeightingScheme.Headcount).Overall.Distribution.ToArray());
    }

    [Fact]
    public void Only_the_latest_round_of_a_question_is_summarised()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var id = archive.Join("GOV");
        archive.Answer(id, "q1", new AnswerValue(Choice: 0), round: 1);
        archive.Answer(archive.Join("CS"), "q1", new AnswerValue(Choice: 0), round: 1);
        archive.Answer(id, "q1", new AnswerValue(Choice: 4), round: 2);

        var question = Assert.Single(SessionSummary.Of(archive.Build()).Questions);

        Assert.Equal(2, question.Round);
        Assert.Equal(1, Scheme(question, WeightingScheme.Headcount).Overall.Respondents);
        Assert.Equal(1, Scheme(question, WeightingScheme.Headcount).Overall.Agree!.Estimate);
    }
}
