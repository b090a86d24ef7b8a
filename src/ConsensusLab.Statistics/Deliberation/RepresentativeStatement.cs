using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>A statement that sets an opinion group apart (Polis' representativeness).</summary>
/// <param name="GroupLabel">The opinion group.</param>
/// <param name="StatementId">The statement.</param>
/// <param name="Direction">Whether the group agrees or disagrees more than the rest.</param>
/// <param name="GroupShare">Smoothed share (n+1)/(N+2) in the direction, within the group.</param>
/// <param name="OtherShare">The same share among all other clustered participants.</param>
/// <param name="Representativeness">GroupShare / OtherShare.</param>
/// <param name="ShareZ">z of the one-sample test that GroupShare exceeds one half.</param>
/// <param name="DifferenceZ">z of the two-sample test that GroupShare exceeds OtherShare.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.RepresentativeStatement")]
public sealed record RepresentativeStatement(
    int GroupLabel,
    int StatementId,
    VoteDirection Direction,
    double GroupShare,
    double OtherShare,
    double Representativeness,
    double ShareZ,
    double DifferenceZ);
