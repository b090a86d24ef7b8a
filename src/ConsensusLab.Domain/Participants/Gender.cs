namespace ConsensusLab.Domain.Participants;

/// <summary>Optional self-declared gender, as forum participation statistics report it.</summary>
public enum Gender
{
    Female,
    Male,
    Other,
    PreferNotToSay,
}
