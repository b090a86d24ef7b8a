using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>The live figures of one statement: overall under the session's weighting, and per stakeholder group.</summary>
/// <param name="StatementId">The statement.</param>
/// <param name="Overall">All groups pooled under the weighting.</param>
/// <param name="Groups">Each group, unweighted within itself, ordered by group code.</param>
public sealed record StatementFigure(int StatementId, StatementShares Overall, ImmutableArray<StatementShares> Groups);
