using System.Globalization;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting.Tests.Report;

/// <summary>The plain-language readings follow the thresholds the methods appendix states, and never read a withheld group.</summary>
public sealed class ReadingRulesTests
{
    /// <summary>Answers as "GOV:4,4;CS:0,1": each group's Likert points (0 = strongly disagree … 4 = strongly agree) or positions.</summary>
    private static GroupReading Read(QuestionKind kind, string answers, int privacyThreshold = 1)
    {
        var archive = new TestArchive().Question(kind == QuestionKind.Likert ? TestArchive.Likert("q") : TestArchive.Position("q"));
        foreach (var group in answers.Split(';'))
        {
            var (code, values) = (group.Split(':')[0], group.Split(':')[1].Split(','));
            foreach (var value in values.Select(v => double.Parse(v, CultureInfo.InvariantCulture)))
                archive.Answered(code, "q", kind == QuestionKind.Likert ? new AnswerValue(Choice: (int)value) : new AnswerValue(Position: value));
        }
        var built = archive.Build();
        built = built with { Session = built.Session with { Definition = built.Session.Definition with { PrivacyThreshold = privacyThreshold } } };
        var meters = Assert.Single(SessionSummary.Of(built).Questions).Meters.First(m => m.Scheme == WeightingScheme.EqualFooting);
        return ReadingRules.Read(kind, meters, built.Session.OtherGroups.IsStakeholderGroup);
    }

    [Theory]
    [InlineData("GOV:4,4;CS:3,4;TC:4,3", ReadingKind.AllAgree, 3, null, null)]
    [InlineData("GOV:0,1;CS:1,0", ReadingKind.AllDisagree, 2, null, null)]
    // TC is half agreeing (the majority threshold is inclusive); GOV agrees most and CS disagrees most, so they are named.
    [InlineData("GOV:4,4,3;CS:0,0,1;TC:2,4", ReadingKind.Split, 3, "GOV", "CS")]
    [InlineData("GOV:4,2;CS:2,2", ReadingKind.Mixed, 2, null, null)]
    // Just under the majority: two of five agreeing is not agreement.
    [InlineData("GOV:4,4,2,2,2;CS:4,4,4", ReadingKind.Mixed, 2, null, null)]
    [InlineData("GOV:4,4", ReadingKind.TooFewGroups, 1, null, null)]
    // "Other / prefer not to say" is pooled at headcount by default: it is not a group whose disagreement splits the room.
    [InlineData("GOV:4,4;CS:4,4;OTHER:0,0", ReadingKind.AllAgree, 2, null, null)]
    public void Likert_groups_read_as_agreeing_disagreeing_or_split_by_the_majority_rule(string answers, ReadingKind expected,
        int compared, string? first, string? second)
    {
        var reading = Read(QuestionKind.Likert, answers);

        Assert.Equal(expected, reading.Kind);
        Assert.Equal(compared, reading.GroupsCompared);
        Assert.Equal(first, reading.First);
        Assert.Equal(second, reading.Second);
    }

    [Theory]
    [InlineData("GOV:-0.8,-0.6;CS:0.5,0.7", ReadingKind.Split, "GOV", "CS")]
    [InlineData("GOV:0.3,0.5;CS:0.2,0.4;TC:0.9", ReadingKind.AllLeanRight, null, null)]
    [InlineData("GOV:-0.3;CS:-0.5", ReadingKind.AllLeanLeft, null, null)]
    // A mean of 0.1 is nearer the centre than the lean threshold: no camp on that side.
    [InlineData("GOV:0.1;CS:-0.9", ReadingKind.Mixed, null, null)]
    public void Position_groups_lean_to_an_end_from_a_fifth_of_the_axis(string answers, ReadingKind expected, string? first, string? second)
    {
        var reading = Read(QuestionKind.Position, answers);

        Assert.Equal(expected, reading.Kind);
        Assert.Equal(first, reading.First);
        Assert.Equal(second, reading.Second);
    }

    [Fact]
    public void A_withheld_group_is_neither_named_nor_counted_in_the_reading()
    {
        // Civil society's two answers fall under the threshold of three: read with it, the room would be "split".
        var reading = Read(QuestionKind.Likert, "GOV:4,4,4;CS:0,0;TC:4,3,4", privacyThreshold: 3);

        Assert.Equal(ReadingKind.AllAgree, reading.Kind);
        Assert.Equal(2, reading.GroupsCompared);
    }

    [Theory]
    [InlineData("GOV:0,0;CS:4,4", true)]
    [InlineData("GOV:3,4;CS:4,3", false)]
    public void The_room_is_polarized_when_answers_gather_at_both_ends(string answers, bool polarized) =>
        Assert.Equal(polarized, Read(QuestionKind.Likert, answers).Polarized);
}
