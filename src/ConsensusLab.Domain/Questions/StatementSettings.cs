using Orleans;

namespace ConsensusLab.Domain.Questions;

/// <summary>How a statements question takes participants' statements.</summary>
/// <param name="Moderation">Strict (shown once accepted) or permissive (shown at once).</param>
/// <param name="MaxLength">The longest statement a participant may write, in characters.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.StatementSettings")]
public sealed record StatementSettings(ModerationMode Moderation = ModerationMode.Strict, int MaxLength = StatementSettings.DefaultMaxLength)
{
    /// <summary>As a Polis comment or a post: one idea, read at a glance on a phone.</summary>
    public const int DefaultMaxLength = 280;

    /// <summary>The bound a moderator may raise <see cref="MaxLength"/> to.</summary>
    public const int LongestAllowed = 1000;

    public static StatementSettings Default { get; } = new();
}
