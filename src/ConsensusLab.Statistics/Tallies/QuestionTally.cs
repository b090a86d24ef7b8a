using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// Sufficient statistics of one question: per stakeholder group, the number of respondents and integer counts per
/// cell. Mutable and owned by exactly one grain, so it has no thread-safety; tallies merge by addition and removal
/// is exact, which is why counts are integers rather than weighted sums.
/// </summary>
public sealed class QuestionTally
{
    private readonly long[] _respondents;

    // Flat [group * CellCount + cell] so one Add touches one array.
    private readonly long[] _cells;
    private readonly int _cellCount;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="scale">The question's scale.</param>
    /// <param name="groups">Group codes in a fixed order; answers refer to groups by index in this list.</param>
    public QuestionTally(Scale scale, IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0)
        {
            throw new ArgumentException("A tally needs at least one group.", nameof(groups));
        }

        if (groups.Distinct(StringComparer.Ordinal).Count() != groups.Count)
        {
            throw new ArgumentException("Group codes must be distinct.", nameof(groups));
        }

        Scale = scale;
        Groups = groups.ToImmutableArray();
        _cellCount = scale.CellCount;
        _respondents = new long[groups.Count];
        _cells = new long[groups.Count * _cellCount];
    }

    /// <summary>The question's scale.</summary>
    public Scale Scale { get; }

    /// <summary>Group codes in the tally's fixed order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Counts one respondent of a group.</summary>
    /// <param name="groupIndex">Index into <see cref="Groups"/>.</param>
    /// <param name="cells">One cell for Ordinal, Nominal and Position; the distinct ticked options (possibly none)
    /// for MultipleChoice; for Ranking one cell item*Options+position per item, positions forming a permutation.</param>
    public void Add(int groupIndex, ReadOnlySpan<int> cells)
    {
        Validate(groupIndex, cells);
        _respondents[groupIndex]++;
        var offset = groupIndex * _cellCount;
        foreach (var cell in cells)
        {
            _cells[offset + cell]++;
        }
    }

    /// <summary>Exact inverse of <see cref="Add"/>: uncounts a respondent who was counted with the same cells.</summary>
    /// <exception cref="InvalidOperationException">The answer was never counted; the tally is left unchanged.</exception>
    public void Remove(int groupIndex, ReadOnlySpan<int> cells)
    {
        Validate(groupIndex, cells);
        var offset = groupIndex * _cellCount;

        // Check everything before changing anything, so a bad removal leaves the tally intact.
        if (_respondents[groupIndex] == 0)
        {
            throw new InvalidOperationException("The group has no respondent to remove.");
        }

        foreach (var cell in cells)
        {
            if (_cells[offset + cell] == 0)
            {
                throw new InvalidOperationException("The answer being removed was never counted.");
            }
        }

        _respondents[groupIndex]--;
        foreach (var cell in cells)
        {
            _cells[offset + cell]--;
        }
    }

    /// <summary>Adds another tally of the same scale and groups (pre-aggregation merged at the owner).</summary>
    public void Merge(QuestionTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Scale != Scale || !other.Groups.SequenceEqual(Groups, StringComparer.Ordinal))
        {
            throw new ArgumentException("Only tallies of the same scale and groups can be merged.", nameof(other));
        }

        for (var i = 0; i < _respondents.Length; i++)
        {
            _respondents[i] += other._respondents[i];
        }

        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] += other._cells[i];
        }
    }

    /// <summary>An immutable copy of the tally stamped with <paramref name="version"/>.</summary>
    public TallySnapshot Snapshot(long version)
    {
        var builder = ImmutableArray.CreateBuilder<GroupTally>(Groups.Count);
        for (var g = 0; g < Groups.Count; g++)
        {
            var cells = ImmutableArray.Create(_cells.AsSpan(g * _cellCount, _cellCount));
            builder.Add(new GroupTally(Groups[g], _respondents[g], cells));
        }

        return new TallySnapshot(Scale, builder.MoveToImmutable(), version);
    }

    private void Validate(int groupIndex, ReadOnlySpan<int> cells)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(groupIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(groupIndex, _respondents.Length);
        var options = Scale.Options;
        switch (Scale.Kind)
        {
            case ScaleKind.Ordinal:
            case ScaleKind.Nominal:
            case ScaleKind.Position:
                if (cells.Length != 1 || (uint)cells[0] >= (uint)_cellCount)
                {
                    throw new ArgumentException("Exactly one cell within the scale is expected.", nameof(cells));
                }

                break;
            case ScaleKind.MultipleChoice:
                ulong ticked = 0;
                foreach (var cell in cells)
                {
                    var bit = 1UL << cell;
                    if ((uint)cell >= (uint)options || (ticked & bit) != 0)
                    {
                        throw new ArgumentException("Ticked options must be distinct and within the scale.", nameof(cells));
                    }

                    ticked |= bit;
                }

                break;
            case ScaleKind.Ranking:
                ValidateRanking(cells, options);
                break;
            default:
                throw new InvalidOperationException("Unknown scale kind.");
        }
    }

    private static void ValidateRanking(ReadOnlySpan<int> cells, int options)
    {
        if (cells.Length != options)
        {
            throw new ArgumentException("A ranking gives every item exactly one position.", nameof(cells));
        }

        ulong items = 0;
        ulong positions = 0;
        foreach (var cell in cells)
        {
            if ((uint)cell >= (uint)(options * options))
            {
                throw new ArgumentException("A ranking cell lies outside the scale.", nameof(cells));
            }

            var item = 1UL << (cell / options);
            var position = 1UL << (cell % options);
            if ((items & item) != 0 || (positions & position) != 0)
            {
                throw new ArgumentException("A ranking gives every item exactly one distinct position.", nameof(cells));
            }

            items |= item;
            positions |= position;
        }
    }
}
