namespace ConsensusLab.Domain.Countries;

/// <summary>How firm a graduation date is: the General Assembly decides graduations and their dates.</summary>
public enum LdcDecision
{
    /// <summary>Decided by a General Assembly resolution.</summary>
    Decided,

    /// <summary>Recommended (by the CDP or ECOSOC) but the General Assembly's decision is not recorded yet; applied as given.</summary>
    Pending,
}
