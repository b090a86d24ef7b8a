using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Decides the verdict a card shows from the room's Delphi verdict and those of the groups compared.</summary>
internal static class ConsensusRule
{
    /// <summary>Null for questions without a Delphi verdict (every kind but Ordinal).</summary>
    public static ConsensusDecision? Decide(WeightingScheme scheme, GroupMeter room, IEnumerable<GroupMeter> compared)
    {
        if (room.OrdinalConsensus is not { } roomConsensus)
        {
            return null;
        }

        var roomVerdict = roomConsensus.Verdict;
        var checkedGroups = compared.Where(g => g.OrdinalConsensus is { Verdict: not ConsensusVerdict.Undefined }).ToList();
        var reached = roomVerdict is ConsensusVerdict.ConsensusFor or ConsensusVerdict.ConsensusAgainst;
        ImmutableArray<string> holdouts = reached
            ? [.. checkedGroups.Where(g => g.OrdinalConsensus!.Verdict != roomVerdict).Select(g => g.Group)]
            : [];
        var meeting = reached ? checkedGroups.Count - holdouts.Length : 0;

        // With every group withheld or absent there is no group to check: the room's answers decide alone.
        var rule = scheme == WeightingScheme.EqualFooting && checkedGroups.Count > 0 ? VerdictRule.EveryGroup : VerdictRule.Room;
        var verdict = rule == VerdictRule.EveryGroup && holdouts.Length > 0 ? ConsensusVerdict.NoConsensus : roomVerdict;
        return new ConsensusDecision(verdict, rule, roomVerdict, checkedGroups.Count, meeting, holdouts);
    }
}
