using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class RepresentativenessTests
{
    // Camp A (a0..a4) agrees with even statements and disagrees with odd ones, camp B the reverse; everyone agrees
    // with statement 8.
    private static readonly OpinionGroupResult Result = OpinionGroups.Compute(VoteMatrix.From(
        from p in Enumerable.Range(0, 10)
        from s in Enumerable.Range(0, 9)
        select new StatementVote(p < 5 ? $"a{p}" : $"b{p}", s, s == 8 || (p < 5) == (s % 2 == 0) ? 1 : -1)),
        OpinionGroupOptions.Default, previous: null);

    [Fact]
    public void A_camp_is_represented_by_what_it_alone_agrees_with()
    {
        var campA = Result.Participants.Single(p => p.ParticipantId == "a0").GroupLabel;
        var first = Result.Representative.First(r => r.GroupLabel == campA);

        // 5 of 5 agree inside, 0 of 5 outside: p = 6/7, q = 1/7, r = 6; one-sample z = 2√6 (6/6 − ½) = √6;
        // two-sample on 6/6 vs 1/6 with pooled 7/12: (5/6) / √(7/12 × 5/12 × 2/6).
        Assert.Equal(0, first.StatementId);
        Assert.Equal(VoteDirection.Agree, first.Direction);
        Assert.Equal(6.0 / 7, first.GroupShare, 12);
        Assert.Equal(1.0 / 7, first.OtherShare, 12);
        Assert.Equal(6.0, first.Representativeness, 12);
        Assert.Equal(Math.Sqrt(6), first.ShareZ, 12);
        Assert.Equal(5.0 / 6 / Math.Sqrt(7.0 / 12 * 5 / 12 * 2 / 6), first.DifferenceZ, 12);
        Assert.Equal(5, Result.Representative.Count(r => r.GroupLabel == campA));
        Assert.DoesNotContain(Result.Representative, r => r.StatementId == 8);
    }

    [Fact]
    public void What_both_camps_agree_with_leads_the_consensus()
    {
        var top = Result.Consensus[0];

        // (5 + 1) / (5 + 2) in each camp.
        Assert.Equal(8, top.StatementId);
        Assert.Equal(36.0 / 49, top.Agree, 12);
        Assert.Equal(1.0 / 49, top.Disagree, 12);
        Assert.Equal(9, Result.Consensus.Length);
    }
}
