using ConsensusLab.Domain.Sessions;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Live;

/// <summary>A question's meters under every weighting scheme, so a moderator switches scheme without waiting.</summary>
/// <param name="Version">The ledger sequence of the last answer counted; clients ignore an update older than one they hold.</param>
/// <param name="Round">The round the meters are of.</param>
/// <param name="Revealed">Whether participants may see these meters.</param>
public sealed record MeterUpdate(string SessionCode, string QuestionId, long Version, QuestionStatus Status, int Round, bool Revealed,
    SchemeMeters Meters)
{
    /// <summary>Live figures come from the grain's sufficient statistics; GET /api/sessions/{code}/recompute gives the rest.</summary>
    public string Source { get; init; } = "live";

    /// <summary>Whether the groups' members were verified by invite codes or declared their group themselves.</summary>
    public GroupMembership GroupMembership { get; init; }
}
