namespace ConsensusLab.Reporting;

/// <summary>A timeline's figure just after one ledger entry changed the count.</summary>
/// <param name="Sequence">The ledger sequence of that entry: the live meters' version at the same moment.</param>
/// <param name="RecordedAt">When the server accepted it (never earlier than a point before it).</param>
/// <param name="Respondents">Participants with a current answer in the round after the entry.</param>
/// <param name="Values">The figure under each weighting scheme.</param>
public sealed record TimelinePoint(long Sequence, DateTimeOffset RecordedAt, long Respondents, SchemeFigures Values);
