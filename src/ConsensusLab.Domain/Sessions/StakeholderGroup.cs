using Orleans;

namespace ConsensusLab.Domain.Sessions;

/// <summary>A stakeholder group in a session's catalogue, with the IGF group it rolls up to in forum reports.</summary>
/// <param name="Code">Short code, unique in the session (GOV, IGO, PS, CS, TC, ACA, OTHER or one the moderator chose).</param>
/// <param name="Name">Name shown to participants.</param>
/// <param name="Description">Help text: who belongs to the group.</param>
/// <param name="RollUp">The IGF group code this group counts under in IGF-style reports.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.StakeholderGroup")]
public sealed record StakeholderGroup(string Code, string Name, string Description, string RollUp);
