using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The sparse participants × statements matrix of latest votes: participants and statements in a fixed order
/// (first appearance), each participant's votes stored contiguously (compressed sparse rows).
/// </summary>
public sealed class VoteMatrix
{
    private VoteMatrix()
    {
    }

    /// <summary>Participant ids, row order.</summary>
    public ImmutableArray<string> ParticipantIds { get; private init; }

    /// <summary>Statement ids, column order.</summary>
    public ImmutableArray<int> StatementIds { get; private init; }

    /// <summary>Number of stored votes (passes included).</summary>
    public int VoteCount => throw new NotImplementedException();

    /// <summary>The matrix of the given votes; when a participant votes twice on a statement the later one counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A vote is not +1, −1 or 0.</exception>
    public static VoteMatrix From(IEnumerable<StatementVote> votes) => throw new NotImplementedException();
}
