using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>A statement's group-informed consensus over the opinion groups.</summary>
/// <param name="StatementId">The statement.</param>
/// <param name="Agree">Π over opinion groups of (agree + 1) / (voted + 2).</param>
/// <param name="Disagree">Π over opinion groups of (disagree + 1) / (voted + 2).</param>
[GenerateSerializer, Immutable, Alias("consensuslab.ConsensusStatement")]
public sealed record ConsensusStatement(int StatementId, double Agree, double Disagree);
