using ConsensusLab.Statistics;

namespace ConsensusLab.Server.Api;

/// <summary>How "Other / prefer not to say" enters the weighted figures: pooledAtHeadcount, asGroup or excluded.</summary>
public sealed record OtherGroupRequest(OtherGroupTreatment? Treatment);
