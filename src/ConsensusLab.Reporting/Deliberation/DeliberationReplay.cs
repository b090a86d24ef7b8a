using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;
using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Reporting;

/// <summary>
/// The votes of a session's statements questions, replayed from the ledger as the question grains count them (the
/// latest vote per participant, statement and round; nothing of a participant who withdrew), and the figures and
/// opinion groups the console showed, recomputed from them.
/// </summary>
public static class DeliberationReplay
{
    /// <summary>Every current vote, in sequence order.</summary>
    public static IReadOnlyList<CountedVote> CurrentVotes(SessionArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var statementsQuestions = archive.Session.Definition.Questions.Where(q => q.Kind == QuestionKind.Statements).Select(q => q.Id)
            .ToHashSet(StringComparer.Ordinal);
        return [.. AnswerReplay.Replay(archive.Ledger)
            .Where(a => a.Status == AnswerStatus.Current && statementsQuestions.Contains(a.Record.Entry.QuestionId) && a.Answer?.Statement is not null)
            .Select(a => new CountedVote(a.Record.Entry.QuestionId, a.Record.Entry.Round, a.Record.Sequence, a.Record.Entry.ParticipantId,
                a.Record.Entry.GroupCode, a.Answer!.Statement!.Value, a.Answer.Vote!.Value))];
    }

    /// <summary>Per statement and group, the counts of one question's current votes in one round.</summary>
    public static ImmutableDictionary<int, ImmutableDictionary<string, StatementCounts>> Counts(IEnumerable<CountedVote> votes)
    {
        var tally = new StatementTally();
        foreach (var vote in votes)
            tally.Apply(vote.StatementId, vote.Group, null, vote.Vote);
        return tally.Snapshot();
    }

    /// <summary>The opinion groups of one question's round, on its analysed statements (not meta, not rejected).</summary>
    public static OpinionGroupResult OpinionGroupsOf(IEnumerable<CountedVote> votes, ImmutableArray<Statement> statements, ModerationMode moderation)
    {
        var analysed = statements.Where(s => s.IsAnalysed(moderation)).Select(s => s.Id).ToHashSet();
        var matrix = VoteMatrix.From(votes.Where(v => analysed.Contains(v.StatementId)).Select(v => new StatementVote(v.ParticipantId, v.StatementId, v.Vote)));
        return OpinionGroups.Compute(matrix, OpinionGroupOptions.Default, null);
    }

    /// <summary>The weightings of the exports' figures: every scheme, as summary.csv.</summary>
    public static IReadOnlyList<Weighting> Schemes(SessionArchive archive) => Weighting.Schemes(archive.GroupWeights, archive.Session.OtherGroups);
}
