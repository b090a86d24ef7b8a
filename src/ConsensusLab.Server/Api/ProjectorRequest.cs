using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>PUT /api/sessions/{code}/projector: what the projector shows.</summary>
/// <param name="Mode">automatic, question or join.</param>
/// <param name="QuestionId">With mode question only: the question to show.</param>
public sealed record ProjectorRequest(ProjectorMode? Mode, string? QuestionId);
