using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>One cell of the opinion groups × stakeholder groups table: who is in which opinion group.</summary>
/// <param name="GroupLabel">The opinion group.</param>
/// <param name="StakeholderGroup">The declared stakeholder group.</param>
/// <param name="Participants">Clustered participants of the stakeholder group in the opinion group.</param>
/// <param name="ShareOfStakeholderGroup">Participants / clustered participants of the stakeholder group.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.OpinionGroupCrossTab")]
public sealed record OpinionGroupCrossTab(int GroupLabel, string StakeholderGroup, int Participants, double ShareOfStakeholderGroup);
