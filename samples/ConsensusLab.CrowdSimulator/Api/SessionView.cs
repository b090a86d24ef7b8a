namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>GET /api/sessions/{code}: the parts of a session the crowd needs.</summary>
internal sealed record SessionView(string Code, string? Title, string? Status, IReadOnlyList<GroupView>? Groups, IReadOnlyList<QuestionView>? Questions);
