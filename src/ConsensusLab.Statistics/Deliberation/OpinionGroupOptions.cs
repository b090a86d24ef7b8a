namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Settings of the opinion-group analysis.</summary>
/// <param name="MinVotesPerParticipant">Participants with fewer votes (passes included) are placed on the map but not
/// clustered; Polis uses 7.</param>
/// <param name="MaxGroups">The largest number of opinion groups tried (from 2); Polis tries up to 5.</param>
/// <param name="RepresentativePerGroup">Representative statements kept per opinion group.</param>
public sealed record OpinionGroupOptions(int MinVotesPerParticipant = 7, int MaxGroups = 5, int RepresentativePerGroup = 5)
{
    /// <summary>Polis' defaults.</summary>
    public static OpinionGroupOptions Default { get; } = new();
}
