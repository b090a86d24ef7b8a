using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Answers;

public sealed class AnswerReplayTests
{
    [Fact]
    public void A_participants_last_answer_is_current_and_the_earlier_ones_are_superseded()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1")).Question(TestArchive.Likert("q2"));
        var alice = archive.Join("GOV");
        var bob = archive.Join("CS");
        var first = archive.Answer(alice, "q1", new AnswerValue(Choice: 1));
        var other = archive.Answer(bob, "q1", new AnswerValue(Choice: 4));
        var second = archive.Answer(alice, "q1", new AnswerValue(Choice: 3));
        var elsewhere = archive.Answer(alice, "q2", new AnswerValue(Choice: 0));

        var replayed = AnswerReplay.Replay(archive.Build().Ledger).ToDictionary(a => a.Record.Sequence, a => a.Status);

        Assert.Equal(AnswerStatus.Superseded, replayed[first]);
        Assert.Equal(AnswerStatus.Current, replayed[other]);
        Assert.Equal(AnswerStatus.Current, replayed[second]);
        Assert.Equal(AnswerStatus.Current, replayed[elsewhere]);
    }

    [Fact]
    public void Sequence_order_decides_which_answer_is_current_whatever_order_the_records_come_in()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var alice = archive.Join("GOV");
        var first = archive.Answer(alice, "q1", new AnswerValue(Choice: 1));
        var second = archive.Answer(alice, "q1", new AnswerValue(Choice: 3));

        var replayed = AnswerReplay.Replay(archive.Build().Ledger.Reverse());

        Assert.Equal([first, second], replayed.Select(a => a.Record.Sequence));
        Assert.Equal([AnswerStatus.Superseded, AnswerStatus.Current], replayed.Select(a => a.Status));
        Assert.Equal(3, replayed[1].Answer!.Choice);
    }

    [Fact]
    public void Each_round_of_a_question_keeps_its_own_current_answer()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var alice = archive.Join("GOV");
        archive.Answer(alice, "q1", new AnswerValue(Choice: 1), round: 1);
        archive.Answer(alice, "q1", new AnswerValue(Choice: 2), round: 2);

        var replayed = AnswerReplay.Replay(archive.Build().Ledger);

        Assert.All(replayed, a => Assert.Equal(AnswerStatus.Current, a.Status));
    }
}
