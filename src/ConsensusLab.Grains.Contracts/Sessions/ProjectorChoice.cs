using ConsensusLab.Domain.Sessions;
using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// What the moderator put on the projector: a mode and, for <see cref="ProjectorMode.Question"/> only, the question's id.
/// Part of the session's persisted state, so every projector follows it and it survives a restart.
/// </summary>
[GenerateSerializer, Immutable, Alias("consensuslab.ProjectorChoice")]
public sealed record ProjectorChoice(ProjectorMode Mode, string? QuestionId = null)
{
    /// <summary>The choice of a session whose moderator has chosen nothing yet.</summary>
    public static ProjectorChoice Automatic { get; } = new(ProjectorMode.Automatic);
}
