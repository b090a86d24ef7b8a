namespace ConsensusLab.Reporting;

/// <summary>
/// Development status of the participants' countries on the day the session was held. The four categories do not
/// overlap and add up to the total (LDCs are counted apart from the other developing countries, as in IGF reports);
/// <see cref="Unclassified"/> holds countries the data leaves open and countries not listed.
/// </summary>
public sealed record DevelopmentFigures(
    ParticipationCount DevelopingExcludingLdc,
    ParticipationCount Developed,
    ParticipationCount LeastDeveloped,
    ParticipationCount Unclassified);
