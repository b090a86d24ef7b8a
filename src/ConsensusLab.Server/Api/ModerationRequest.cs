using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Api;

/// <summary>The moderator's decision on a statement: accepted, rejected or meta (or back to pending).</summary>
public sealed record ModerationRequest(StatementStatus? Status);
