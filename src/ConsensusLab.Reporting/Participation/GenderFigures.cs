namespace ConsensusLab.Reporting;

/// <summary>
/// Self-declared gender. The basis of the four declared categories is everyone who answered the question ("prefer
/// not to say" is an answer); the basis of <see cref="NotDeclared"/> is every participant.
/// </summary>
public sealed record GenderFigures(
    ParticipationCount Female,
    ParticipationCount Male,
    ParticipationCount Other,
    ParticipationCount PreferNotToSay,
    ParticipationCount NotDeclared);
