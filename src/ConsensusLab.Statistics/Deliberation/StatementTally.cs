using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Live counts of agree / disagree / pass per statement × stakeholder group. Mutable and owned by one grain turn, so
/// it has no thread-safety; a changed vote is the removal of the previous one and the addition of the new one.
/// </summary>
public sealed class StatementTally
{
    /// <summary>Counts one vote change of one participant on one statement.</summary>
    /// <param name="statementId">The statement.</param>
    /// <param name="groupCode">The participant's declared stakeholder group.</param>
    /// <param name="previousVote">The participant's vote before this one; null when it is the first.</param>
    /// <param name="newVote">The new vote; null withdraws the previous one.</param>
    /// <exception cref="InvalidOperationException">The previous vote was never counted; nothing is changed.</exception>
    public void Apply(int statementId, string groupCode, int? previousVote, int? newVote) =>
        throw new NotImplementedException();

    /// <summary>The counts of one statement in one group; <see cref="StatementCounts.None"/> when nobody voted.</summary>
    public StatementCounts CountsOf(int statementId, string groupCode) => throw new NotImplementedException();

    /// <summary>An immutable copy: statement id → group code → counts, only cells with at least one vote.</summary>
    public ImmutableDictionary<int, ImmutableDictionary<string, StatementCounts>> Snapshot() =>
        throw new NotImplementedException();
}
