namespace ConsensusLab.Server.Api;

public sealed record GroupWeightRequest(double? Weight);
