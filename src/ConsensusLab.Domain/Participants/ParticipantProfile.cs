using Orleans;

namespace ConsensusLab.Domain.Participants;

/// <summary>What a participant declares on joining.</summary>
/// <param name="Group">Stakeholder-group code from the session's catalogue.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or <see cref="Countries.CountryCatalogue.NotListed"/>.</param>
/// <param name="Attendance">Onsite or online.</param>
/// <param name="Gender">Optional.</param>
/// <param name="AgeBand">Optional: one of <see cref="AgeBands.All"/>.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.ParticipantProfile")]
public sealed record ParticipantProfile(
    string Group,
    string Country,
    Attendance Attendance,
    Gender? Gender = null,
    string? AgeBand = null);
