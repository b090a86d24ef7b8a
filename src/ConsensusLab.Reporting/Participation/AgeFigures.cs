namespace ConsensusLab.Reporting;

/// <summary>Young participants: those whose declared age band lies wholly under the session's threshold.</summary>
/// <param name="YoungUnderAge">The session's threshold (30 unless the session chose another band boundary).</param>
/// <param name="Young">Young participants, on the basis of those who declared an age band.</param>
/// <param name="NotDeclared">Participants without an age band, on the basis of every participant.</param>
public sealed record AgeFigures(int YoungUnderAge, ParticipationCount Young, ParticipationCount NotDeclared);
