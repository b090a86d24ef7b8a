namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>POST /api/sessions/{code}/questions/{id}/answers: exactly the field of the question's kind is set.</summary>
internal sealed record AnswerRequest(
    Guid RequestId,
    int? Choice = null,
    IReadOnlyList<int>? Choices = null,
    IReadOnlyList<int>? Ranking = null,
    double? Position = null);
