using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>The votes one stakeholder group cast on one statement: a sufficient statistic that merges by addition.</summary>
/// <param name="Agree">Participants whose latest vote is agree.</param>
/// <param name="Disagree">Participants whose latest vote is disagree.</param>
/// <param name="Pass">Participants whose latest vote is pass.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.StatementCounts")]
public sealed record StatementCounts(int Agree, int Disagree, int Pass)
{
    /// <summary>No votes.</summary>
    public static StatementCounts None { get; } = new(0, 0, 0);

    /// <summary>Everyone who voted, passes included: the denominator of every share.</summary>
    public int Voted => Agree + Disagree + Pass;
}
