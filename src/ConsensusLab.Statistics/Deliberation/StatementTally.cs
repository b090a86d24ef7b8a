using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Live counts of agree / disagree / pass per statement × stakeholder group. Mutable and owned by one grain turn, so
/// it has no thread-safety; a changed vote is the removal of the previous one and the addition of the new one, which
/// keeps the counts exact however often participants change their minds.
/// </summary>
public sealed class StatementTally
{
    // Per statement and group: [agree, disagree, pass], so one vote touches one small array.
    private readonly Dictionary<int, Dictionary<string, int[]>> _counts = [];

    /// <summary>Counts one vote change of one participant on one statement.</summary>
    /// <param name="statementId">The statement.</param>
    /// <param name="groupCode">The participant's declared stakeholder group.</param>
    /// <param name="previousVote">The participant's vote before this one; null when it is the first.</param>
    /// <param name="newVote">The new vote; null withdraws the previous one.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vote is not +1, −1 or 0; nothing is changed.</exception>
    /// <exception cref="InvalidOperationException">The previous vote was never counted; nothing is changed.</exception>
    public void Apply(int statementId, string groupCode, int? previousVote, int? newVote)
    {
        ArgumentNullException.ThrowIfNull(groupCode);
        if (previousVote is { } before)
        {
            Votes.Validate(before, nameof(previousVote));
        }

        if (newVote is { } after)
        {
            Votes.Validate(after, nameof(newVote));
        }

        if (previousVote == newVote)
        {
            return;
        }

        var cell = Cell(statementId, groupCode);
        if (previousVote is { } removed)
        {
            if (cell[CellOf(removed)] == 0)
            {
                throw new InvalidOperationException(
                    $"Statement {statementId}, group {groupCode}: the previous vote {removed} was never counted.");
            }

            cell[CellOf(removed)]--;
        }

        if (newVote is { } added)
        {
            cell[CellOf(added)]++;
        }
    }

    /// <summary>The counts of one statement in one group; <see cref="StatementCounts.None"/> when nobody voted.</summary>
    public StatementCounts CountsOf(int statementId, string groupCode) =>
        _counts.TryGetValue(statementId, out var groups) && groups.TryGetValue(groupCode, out var cell)
            ? Counts(cell)
            : StatementCounts.None;

    /// <summary>An immutable copy: statement id → group code → counts, every cell that was ever voted in.</summary>
    public ImmutableDictionary<int, ImmutableDictionary<string, StatementCounts>> Snapshot() =>
        _counts.ToImmutableDictionary(
            statement => statement.Key,
            statement => statement.Value.ToImmutableDictionary(group => group.Key, group => Counts(group.Value), StringComparer.Ordinal));

    private int[] Cell(int statementId, string groupCode)
    {
        if (!_counts.TryGetValue(statementId, out var groups))
        {
            groups = new Dictionary<string, int[]>(StringComparer.Ordinal);
            _counts.Add(statementId, groups);
        }

        if (!groups.TryGetValue(groupCode, out var cell))
        {
            cell = new int[3];
            groups.Add(groupCode, cell);
        }

        return cell;
    }

    private static int CellOf(int vote) => vote switch
    {
        Votes.Agree => 0,
        Votes.Disagree => 1,
        _ => 2,
    };

    private static StatementCounts Counts(int[] cell) => new(cell[0], cell[1], cell[2]);
}
