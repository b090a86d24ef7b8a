namespace ConsensusLab.Reporting;

/// <summary>The net change between two rounds under each weighting scheme, named as the meters name them.</summary>
public sealed record SchemeNetChanges(NetChange EqualFooting, NetChange Headcount, NetChange Custom);
