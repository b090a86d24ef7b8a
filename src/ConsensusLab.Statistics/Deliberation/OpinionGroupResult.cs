using System.Collections.Immutable;
using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The opinion groups of a room at one moment. When they cannot be computed (too few participants with enough
/// votes, fewer than two statements, no variation in the votes) everything is empty and <see cref="GroupCount"/> is 0.
/// </summary>
/// <param name="Participants">Every participant with at least one vote, on the map; clustered ones carry a label.</param>
/// <param name="Groups">The opinion groups, by label.</param>
/// <param name="Silhouette">Mean silhouette width of the chosen clustering; null when not computable.</param>
/// <param name="GroupCount">Number of opinion groups; 0 when not computable.</param>
/// <param name="Representative">Per group, its most representative statements, best first.</param>
/// <param name="Consensus">Statements by decreasing group-informed consensus (agree).</param>
[GenerateSerializer, Immutable, Alias("consensuslab.OpinionGroupResult")]
public sealed record OpinionGroupResult(
    ImmutableArray<ParticipantPoint> Participants,
    ImmutableArray<OpinionGroup> Groups,
    double? Silhouette,
    int GroupCount,
    ImmutableArray<RepresentativeStatement> Representative,
    ImmutableArray<ConsensusStatement> Consensus)
{
    /// <summary>The result when opinion groups cannot be computed.</summary>
    public static OpinionGroupResult NotComputable { get; } = new([], [], null, 0, [], []);

    /// <summary>True when there are opinion groups.</summary>
    public bool IsComputable => GroupCount > 0;
}
