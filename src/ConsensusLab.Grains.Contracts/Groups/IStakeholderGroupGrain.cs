using ConsensusLab.Domain.Participants;
using Orleans;
using Orleans.Concurrency;

namespace ConsensusLab.Grains.Groups;

/// <summary>One stakeholder group of one session (key "SESSION/GROUP"): its members and its custom weight.</summary>
[Alias("consensuslab.IStakeholderGroupGrain")]
public interface IStakeholderGroupGrain : IGrainWithStringKey
{
    /// <summary>Adds a participant to the group once the session is open and the profile is valid.</summary>
    [AlwaysInterleave, Alias("Join")]
    Task<JoinReceipt> Join(ParticipantProfile profile);

    /// <summary>Marks a member withdrawn in the participant store; the group no longer counts them. Repeating it changes nothing.</summary>
    [AlwaysInterleave, Alias("Withdraw")]
    Task Withdraw(string participantId);

    /// <summary>Sets the group's relative weight under the custom weighting scheme.</summary>
    [Alias("SetWeight")]
    Task<GroupSnapshot> SetWeight(double weight);

    [AlwaysInterleave, Alias("GetSnapshot")]
    Task<GroupSnapshot> GetSnapshot();
}
