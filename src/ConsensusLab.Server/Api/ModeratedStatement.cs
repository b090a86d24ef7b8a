using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Server.Api;

/// <summary>A statement as the moderator and the projector see it: its moderation and its live figures.</summary>
/// <param name="AuthorGroup">The author's stakeholder group; null for the moderator's seeds.</param>
/// <param name="Votes">Current votes, passes included.</param>
/// <param name="Figure">Agree / disagree / pass shares overall (under the session's weighting) and per group, with Wilson intervals.</param>
public sealed record ModeratedStatement(int Id, string Text, string? Language, StatementStatus Status, string? AuthorGroup,
    DateTimeOffset SubmittedAt, int Votes, StatementFigure Figure);
