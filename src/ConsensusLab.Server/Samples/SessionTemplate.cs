using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Server.Samples;

/// <summary>A ready session in samples/sessions: a definition, and the code it gets when the server loads the samples.</summary>
public sealed record SessionTemplate(string Id, string? SampleCode, SessionDefinition Definition)
{
    /// <summary>Sample only: the series each question is linked by (question id → series name), so samples compare across sessions.</summary>
    public IReadOnlyDictionary<string, string>? Series { get; init; }

    /// <summary>
    /// Sample only: the sample whose moderator key this one shares, as one moderator running a forum year after year
    /// would hold both: one moderator link then shows the comparison across the two.
    /// </summary>
    public string? SameModeratorAs { get; init; }

    /// <summary>Sample only: participants who have answered already, so a newcomer sees figures (and a comparison) at once.</summary>
    public IReadOnlyList<SampleParticipant>? SampleAnswers { get; init; }
}
