using ConsensusLab.Statistics;

namespace ConsensusLab.Server.Api;

public sealed record WeightingRequest(WeightingScheme? Scheme);
