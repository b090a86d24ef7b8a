namespace ConsensusLab.Domain.Countries;

/// <summary>
/// The three non-overlapping development categories of forum participation figures: LDCs are counted apart from
/// the other developing countries, so the three add up to the total (with Unclassified for countries the data leaves open).
/// </summary>
public enum DevelopmentStatus
{
    Developed,
    DevelopingExcludingLdc,
    LeastDeveloped,
    Unclassified,
}
