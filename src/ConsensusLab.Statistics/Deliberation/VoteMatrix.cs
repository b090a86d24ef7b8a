using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The sparse participants × statements matrix of latest votes. Participants are ordered by id (ordinal) and
/// statements by id, so the analysis does not depend on the order votes arrived in; each participant's votes are
/// stored contiguously by statement (compressed sparse rows), which is all that PCA and clustering need.
/// </summary>
public sealed class VoteMatrix
{
    private VoteMatrix(ImmutableArray<string> participantIds, ImmutableArray<int> statementIds, int[] rowStarts,
        int[] columns, sbyte[] values)
    {
        ParticipantIds = participantIds;
        StatementIds = statementIds;
        RowStarts = rowStarts;
        Columns = columns;
        Values = values;
    }

    /// <summary>Participant ids, row order.</summary>
    public ImmutableArray<string> ParticipantIds { get; }

    /// <summary>Statement ids, column order.</summary>
    public ImmutableArray<int> StatementIds { get; }

    /// <summary>Number of stored votes (passes included).</summary>
    public int VoteCount => Values.Length;

    /// <summary>Row r's votes are at [RowStarts[r], RowStarts[r + 1]).</summary>
    internal int[] RowStarts { get; }

    /// <summary>Column (statement index) of each stored vote, increasing within a row.</summary>
    internal int[] Columns { get; }

    /// <summary>Each stored vote: +1, −1 or 0.</summary>
    internal sbyte[] Values { get; }

    /// <summary>The matrix of the given votes; when a participant votes twice on a statement the later one counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A vote is not +1, −1 or 0.</exception>
    public static VoteMatrix From(IEnumerable<StatementVote> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var participantIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var statementIndex = new Dictionary<int, int>();
        var rows = new List<int>();
        var columns = new List<int>();
        var values = new List<sbyte>();
        foreach (var vote in votes)
        {
            Votes.Validate(vote.Vote, nameof(votes));
            rows.Add(IndexOf(participantIndex, vote.ParticipantId));
            columns.Add(IndexOf(statementIndex, vote.StatementId));
            values.Add((sbyte)vote.Vote);
        }

        var participants = participantIndex.Keys.Order(StringComparer.Ordinal).ToImmutableArray();
        var statements = statementIndex.Keys.Order().ToImmutableArray();
        var rowOf = Renumbering(participantIndex, participants);
        var columnOf = Renumbering(statementIndex, statements);
        return Compress(participants, statements, rows, columns, values, rowOf, columnOf);
    }

    private static int IndexOf<TKey>(Dictionary<TKey, int> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var i))
        {
            i = index.Count;
            index.Add(key, i);
        }

        return i;
    }

    /// <summary>Maps first-appearance indices to the sorted order.</summary>
    private static int[] Renumbering<TKey>(Dictionary<TKey, int> firstAppearance, ImmutableArray<TKey> sorted)
        where TKey : notnull
    {
        var map = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            map[firstAppearance[sorted[i]]] = i;
        }

        return map;
    }

    /// <summary>
    /// Counting sort by row keeps the input order within a row; a per-row sort on (column, input position) then puts
    /// a participant's repeated votes on a statement side by side, the later one last, and only that one is kept.
    /// </summary>
    private static VoteMatrix Compress(ImmutableArray<string> participants, ImmutableArray<int> statements,
        List<int> rows, List<int> columns, List<sbyte> values, int[] rowOf, int[] columnOf)
    {
        var n = rows.Count;
        var starts = new int[participants.Length + 1];
        for (var i = 0; i < n; i++)
        {
            starts[rowOf[rows[i]] + 1]++;
        }

        for (var r = 0; r < participants.Length; r++)
        {
            starts[r + 1] += starts[r];
        }

        // Key = column << 32 | input position: sorting a row's keys orders it by column, later votes last.
        var keys = new long[n];
        var next = (int[])starts.Clone();
        for (var i = 0; i < n; i++)
        {
            keys[next[rowOf[rows[i]]]++] = ((long)columnOf[columns[i]] << 32) | (uint)i;
        }

        var outStarts = new int[participants.Length + 1];
        var outColumns = new List<int>(n);
        var outValues = new List<sbyte>(n);
        for (var r = 0; r < participants.Length; r++)
        {
            var row = keys.AsSpan(starts[r], starts[r + 1] - starts[r]);
            row.Sort();
            for (var k = 0; k < row.Length; k++)
            {
                var column = (int)(row[k] >> 32);
                if (k + 1 < row.Length && (int)(row[k + 1] >> 32) == column)
                {
                    continue;
                }

                outColumns.Add(column);
                outValues.Add(values[(int)(row[k] & 0xFFFFFFFF)]);
            }

            outStarts[r + 1] = outColumns.Count;
        }

        return new VoteMatrix(participants, statements, outStarts, [.. outColumns], [.. outValues]);
    }
}
