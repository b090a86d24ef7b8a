using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>The statements that bridge the declared stakeholder groups, and how opinion groups cut across them.</summary>
public static class BridgingStatements
{
    /// <summary>Every voted statement, by decreasing group-informed consensus over the declared stakeholder groups.</summary>
    /// <param name="votes">The latest votes.</param>
    /// <param name="participantGroup">Each participant's declared stakeholder group; others are left out.</param>
    /// <param name="weighting">The session's weighting of the groups, applied to the participants who voted.</param>
    public static ImmutableArray<BridgingStatement> Rank(VoteMatrix votes, IReadOnlyDictionary<string, string> participantGroup,
        Weighting weighting) => throw new NotImplementedException();

    /// <summary>The opinion group × stakeholder group table of clustered participants, by label then group code.</summary>
    public static ImmutableArray<OpinionGroupCrossTab> CrossTab(OpinionGroupResult groups,
        IReadOnlyDictionary<string, string> participantGroup) => throw new NotImplementedException();
}
