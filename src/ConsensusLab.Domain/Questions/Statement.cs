using Orleans;

namespace ConsensusLab.Domain.Questions;

/// <summary>A statement the room votes on: seeded by the moderator or written by a participant.</summary>
/// <param name="Id">Its number in the question, from 0: seeded statements first, in the order given.</param>
/// <param name="Text">The statement.</param>
/// <param name="Language">The language it is written in (BCP 47 tag), when the author said.</param>
/// <param name="AuthorId">The participant who wrote it; null for the moderator's seeds.</param>
/// <param name="GroupCode">The author's stakeholder group; null for seeds.</param>
/// <param name="Status">Where it stands in moderation.</param>
/// <param name="SubmittedAt">When the server accepted it.</param>
/// <param name="RequestId">The author's request id, so that a resent submission is recognised.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.Statement")]
public sealed record Statement(
    int Id,
    string Text,
    string? Language,
    string? AuthorId,
    string? GroupCode,
    StatementStatus Status,
    DateTimeOffset SubmittedAt,
    string? RequestId = null)
{
    /// <summary>Whether participants are served it and may vote on it, under <paramref name="moderation"/>.</summary>
    public bool IsVotable(ModerationMode moderation) => Status switch
    {
        StatementStatus.Accepted or StatementStatus.Meta => true,
        StatementStatus.Pending => moderation == ModerationMode.Permissive,
        _ => false,
    };

    /// <summary>Whether its votes take part in the opinion groups and bridging (meta statements and rejected ones do not).</summary>
    public bool IsAnalysed(ModerationMode moderation) => Status != StatementStatus.Meta && IsVotable(moderation);
}
