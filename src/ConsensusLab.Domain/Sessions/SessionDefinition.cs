using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Domain.Sessions;

/// <summary>Everything a moderator decides when setting up a session; a template in samples/ is one of these.</summary>
/// <param name="Title">The session's title.</param>
/// <param name="Description">What the session is about, shown to participants.</param>
/// <param name="Groups">The stakeholder-group catalogue; empty means the default catalogue.</param>
/// <param name="IncludeAcademia">With the default catalogue: add Academia as a sixth group.</param>
/// <param name="Questions">The questions, in the order the moderator will ask them.</param>
/// <param name="YoungUnderAge">Participants younger than this count as "young" in participation figures.</param>
/// <param name="HeldOn">The date the session is held; LDC status is evaluated on it. Empty means the creation date.</param>
/// <param name="PrivacyThreshold">A group with fewer respondents than this is not shown apart in live views and exports.</param>
/// <param name="RequireInvites">Participants join with an invite code that sets their group, instead of declaring one.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.SessionDefinition")]
public sealed record SessionDefinition(
    string Title,
    string? Description,
    ImmutableArray<StakeholderGroup> Groups,
    bool IncludeAcademia,
    ImmutableArray<QuestionDefinition> Questions,
    int YoungUnderAge = Participants.AgeBands.DefaultYoungUnderAge,
    DateOnly? HeldOn = null,
    int PrivacyThreshold = SessionDefinition.DefaultPrivacyThreshold,
    bool RequireInvites = false)
{
    public const int DefaultPrivacyThreshold = 5;
    public const int MaxPrivacyThreshold = 100;
}
