using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting.Tests.Timeline;

/// <summary>The agreement-over-time chart, recomputed from the ledger (issue 11): a point after each change of the count.</summary>
public sealed class TimelineCalculatorTests
{
    private const int Precision = 12;

    /// <summary>
    /// GOV agrees (4), CS disagrees (0), CS agrees (4), GOV weighs 2 under the custom scheme. By hand, after each answer:
    /// headcount 1, 1/2, 2/3; equal footing 1, 1/2, (1.5 + 0.75) / 3 = 3/4 (each of two groups carries N/2);
    /// custom 1, (2 + 0) / 3 = 2/3 (GOV carries 2N/3), (2 + 0.5) / 3 = 5/6.
    /// </summary>
    public static TheoryData<WeightingScheme, double[]> LikertByHand => new()
    {
        { WeightingScheme.Headcount, [1, 1 / 2.0, 2 / 3.0] },
        { WeightingScheme.EqualFooting, [1, 1 / 2.0, 3 / 4.0] },
        { WeightingScheme.Custom, [1, 2 / 3.0, 5 / 6.0] },
    };

    [Theory]
    [MemberData(nameof(LikertByHand))]
    public void Likert_timeline_gives_the_agreement_after_each_answer_under_each_scheme(WeightingScheme scheme, double[] expected)
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1")).Weight("GOV", 2);
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("CS", "q1", new AnswerValue(Choice: 0));
        archive.Answered("CS", "q1", new AnswerValue(Choice: 4));

        var timeline = Assert.Single(TimelineCalculator.Of(archive.Build()));

        Assert.Equal(TimelineFigure.Agree, timeline.Figure);
        Assert.Equal([1L, 2, 3], timeline.Points.Select(p => p.Sequence));
        Assert.Equal([1L, 2, 3], timeline.Points.Select(p => p.Respondents));
        Assert.Equal([TestArchive.RecordedAt(1), TestArchive.RecordedAt(2), TestArchive.RecordedAt(3)], timeline.Points.Select(p => p.RecordedAt));
        Assert.Equal(expected, timeline.Points.Select(p => p.Values.Of(scheme)!.Value), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void On_a_raw_ledger_a_changed_answer_replaces_the_earlier_one_and_a_withdrawal_takes_it_out_for_good()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var changer = archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("CS", "q1", new AnswerValue(Choice: 4));
        archive.Answer(changer, "q1", new AnswerValue(Choice: 1));
        archive.Withdraw(changer, "q1");
        archive.Answer(changer, "q1", new AnswerValue(Choice: 0));
        var built = archive.Build();

        var timeline = TimelineCalculator.Of(built.Session, built.GroupWeights, built.Session.Definition.Questions[0], 1, archive.Ledger);

        // The answer after the withdrawal changes nothing, so it has no point.
        Assert.Equal(4, timeline.Changes);
        Assert.Equal([1L, 2, 2, 1], timeline.Points.Select(p => p.Respondents));
        Assert.Equal([1, 1, 0.5, 1], timeline.Points.Select(p => p.Values.Headcount!.Value));
    }

    [Fact]
    public void A_withdrawn_participant_leaves_the_whole_timeline_of_the_archive()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var leaves = archive.Answered("GOV", "q1", new AnswerValue(Choice: 0));
        archive.Answered("CS", "q1", new AnswerValue(Choice: 4));
        archive.WithdrawFromSession(leaves);

        var timeline = Assert.Single(TimelineCalculator.Of(archive.Build()));

        Assert.Equal([2L], timeline.Points.Select(p => p.Sequence));
        Assert.Equal([1.0], timeline.Points.Select(p => p.Values.Headcount!.Value));
    }

    [Fact]
    public void Position_timeline_follows_the_mean_position()
    {
        var archive = new TestArchive().Question(TestArchive.Position("axis", statusQuo: -0.5));
        archive.Answered("GOV", "axis", new AnswerValue(Position: -0.5));
        archive.Answered("CS", "axis", new AnswerValue(Position: 1));
        archive.Answered("CS", "axis", new AnswerValue(Position: 0.5));

        var timeline = Assert.Single(TimelineCalculator.Of(archive.Build()));

        Assert.Equal(TimelineFigure.PositionMean, timeline.Figure);
        Assert.Equal([-0.5, 0.25, 1 / 3.0], timeline.Points.Select(p => p.Values.Headcount!.Value), (a, b) => Math.Abs(a - b) < 1e-12);
        // Equal footing: GOV −0.5 carries half, CS's mean 0.75 the other half.
        Assert.Equal(0.125, timeline.Points[^1].Values.EqualFooting!.Value, Precision);
    }

    [Fact]
    public void Each_round_has_its_own_timeline_that_starts_empty()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var gov = archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("CS", "q1", new AnswerValue(Choice: 0));
        archive.Answer(gov, "q1", new AnswerValue(Choice: 0), round: 2);

        var timelines = TimelineCalculator.Of(archive.Build());

        Assert.Equal([1, 2], timelines.Select(t => t.Round));
        Assert.Equal([1, 0.5], timelines[0].Points.Select(p => p.Values.Headcount!.Value));
        var second = Assert.Single(timelines[1].Points);
        Assert.Equal((3L, 1L, 0.0), (second.Sequence, second.Respondents, second.Values.Headcount!.Value));
    }

    [Fact]
    public void The_last_point_is_the_figure_of_the_summary_under_every_scheme()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1")).Question(TestArchive.Position("axis")).Weight("TC", 3).Weight("PS", 0.5);
        var groups = new[] { "GOV", "CS", "CS", "TC", "PS", "IGO", "CS", "GOV" };
        for (var i = 0; i < groups.Length; i++)
        {
            var id = archive.Answered(groups[i], "q1", new AnswerValue(Choice: i % 5));
            archive.Answer(id, "axis", new AnswerValue(Position: (i - 4) / 5.0));
            if (i % 3 == 0)
                archive.Answer(id, "q1", new AnswerValue(Choice: (i + 2) % 5));
        }
        var built = archive.Build();

        var summary = SessionSummary.Of(built);
        var timelines = TimelineCalculator.Of(built);

        Assert.Equal(2, timelines.Length);
        foreach (var (timeline, question) in timelines.Zip(summary.Questions))
        {
            foreach (var meters in question.Meters)
            {
                var expected = timeline.Figure == TimelineFigure.Agree ? meters.Overall.Agree!.Estimate : meters.Overall.Position!.Mean;
                Assert.Equal(expected!.Value, timeline.Points[^1].Values.Of(meters.Scheme)!.Value, Precision);
                Assert.Equal(meters.Version, timeline.Points[^1].Sequence);
            }
        }
    }

    [Fact]
    public void Beyond_the_maximum_the_last_change_in_each_stretch_of_time_is_kept()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        const int answers = 1000;
        for (var i = 0; i < answers; i++)
            archive.Answered(i % 2 == 0 ? "GOV" : "CS", "q1", new AnswerValue(Choice: i % 5));

        var timeline = Assert.Single(TimelineCalculator.Of(archive.Build()));

        Assert.Equal(answers, timeline.Changes);
        Assert.Equal(TimelineCalculator.MaxPoints, timeline.Points.Length);
        Assert.Equal(answers, timeline.Points[^1].Sequence);
        Assert.Equal(answers, timeline.Points[^1].Respondents);
        Assert.True(timeline.Points.Zip(timeline.Points.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        // Answers come one a second, so each of the 240 stretches of 999/240 s ends with a point: the first, 0 to 4.16 s
        // after the first answer, with the fifth.
        Assert.Equal(5, timeline.Points[0].Sequence);
    }

    [Fact]
    public void Questions_without_a_timeline_figure_have_none()
    {
        var archive = new TestArchive()
            .Question(TestArchive.Choices("pick", QuestionKind.SingleChoice, "A", "B"))
            .Question(TestArchive.Choices("rank", QuestionKind.Ranking, "A", "B"))
            .Question(TestArchive.Likert("q1"));
        archive.Answered("GOV", "pick", new AnswerValue(Choice: 1));
        archive.Answered("GOV", "rank", new AnswerValue(Ranking: [1, 0]));

        Assert.Empty(TimelineCalculator.Of(archive.Build()));
    }
}
