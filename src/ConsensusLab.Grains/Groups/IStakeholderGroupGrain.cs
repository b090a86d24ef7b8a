using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Groups;

/// <summary>One stakeholder group of one session (key "SESSION/GROUP"): its members and its custom weight.</summary>
public interface IStakeholderGroupGrain : IGrainWithStringKey
{
    /// <summary>Adds a participant to the group once the session is open and the profile is valid.</summary>
    [AlwaysInterleave]
    Task<JoinReceipt> Join(ParticipantProfile profile);

    /// <summary>Sets the group's relative weight under the custom weighting scheme.</summary>
    Task<GroupSnapshot> SetWeight(double weight);

    [AlwaysInterleave]
    Task<GroupSnapshot> GetSnapshot();
}
