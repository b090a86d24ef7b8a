using System.Collections.Immutable;
using System.Diagnostics;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;
using ConsensusLab.Statistics.Deliberation;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// The opinion groups, bridging statements and cross-tabulation of one statements question, recomputed from a copy of
/// the current votes at most every <see cref="Interval"/> while votes arrive, on the thread pool: never on a request's
/// path, and the grain keeps taking votes meanwhile. Each result keeps the previous one's labels (stable groups).
/// </summary>
internal sealed class StatementAnalysis(ILogger logger)
{
    /// <summary>Fresh enough for a room watching a projector; a recomputation at 10,000 × 500 takes well under it.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private ImmutableArray<StatementStatus> _statusesAnalysed = [];

    public Result Latest { get; private set; } = Result.None;

    /// <summary>Whether moderation changed what is analysed since the last recomputation.</summary>
    public bool StatusesChanged(ImmutableArray<Statement> statements) =>
        !statements.Select(s => s.Status).SequenceEqual(_statusesAnalysed);

    public async Task RecomputeAsync(ImmutableArray<(StatementVote Vote, string Group)> votes, ImmutableArray<Statement> statements,
        ModerationMode moderation, long version, CancellationToken cancellationToken)
    {
        var previous = Latest.Groups;
        var started = Stopwatch.GetTimestamp();
        var result = await Task.Run(() => Compute(votes, statements, moderation, previous), cancellationToken);
        _statusesAnalysed = [.. statements.Select(s => s.Status)];
        Latest = result with { Version = version, At = DateTimeOffset.UtcNow };
        logger.LogDebug("Opinion groups of {VoteCount} votes recomputed in {ElapsedMs} ms: {GroupCount} groups",
            votes.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Groups.GroupCount);
    }

    /// <summary>Only votes on analysed statements (accepted or, in permissive mode, pending; never meta or rejected) count.</summary>
    public static Result Compute(IReadOnlyList<(StatementVote Vote, string Group)> votes, IReadOnlyList<Statement> statements,
        ModerationMode moderation, OpinionGroupResult? previous)
    {
        var analysed = statements.Where(s => s.IsAnalysed(moderation)).Select(s => s.Id).ToHashSet();
        var counted = votes.Where(v => analysed.Contains(v.Vote.StatementId)).ToList();
        var matrix = VoteMatrix.From(counted.Select(v => v.Vote));
        var participantGroup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (vote, group) in counted)
            participantGroup[vote.ParticipantId] = group;
        var groups = OpinionGroups.Compute(matrix, OpinionGroupOptions.Default, previous);
        return new Result(groups, BridgingStatements.Rank(matrix, participantGroup, Weighting.EqualFooting),
            BridgingStatements.CrossTab(groups, participantGroup), 0, null);
    }

    /// <summary>One recomputation and the vote version it saw.</summary>
    public sealed record Result(OpinionGroupResult Groups, ImmutableArray<BridgingStatement> Bridging,
        ImmutableArray<OpinionGroupCrossTab> CrossTab, long Version, DateTimeOffset? At)
    {
        public static Result None { get; } = new(OpinionGroupResult.NotComputable, [], [], 0, null);
    }
}
