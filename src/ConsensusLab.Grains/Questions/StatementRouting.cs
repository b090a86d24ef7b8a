using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// Which statement a participant votes on next. Among the votable statements the participant has neither voted on
/// nor been served, the one with the fewest votes so far: a vote tells most where there are fewest, and every
/// statement, new ones included, soon has enough votes for its figures and for the opinion groups. Ties (common at the
/// start, when nothing has votes) are broken by a hash of participant and statement, so that participants starting
/// together do not all read the same statement first.
/// </summary>
internal static class StatementRouting
{
    public static Statement? Next(string participantId, IEnumerable<Statement> votable, Func<int, bool> seen, Func<int, int> votesOn) =>
        votable.Where(s => !seen(s.Id))
            .OrderBy(s => votesOn(s.Id))
            .ThenBy(s => TieBreak(participantId, s.Id))
            .ThenBy(s => s.Id)
            .FirstOrDefault();

    /// <summary>FNV-1a over the participant id and the statement: stable across processes, unlike string.GetHashCode.</summary>
    private static uint TieBreak(string participantId, int statementId)
    {
        var hash = 2166136261u;
        foreach (var c in participantId)
            hash = (hash ^ c) * 16777619u;
        return (hash ^ (uint)statementId) * 16777619u;
    }
}
