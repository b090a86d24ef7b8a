using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>Create a session from a sample template (Template) or from scratch (the other fields).</summary>
public sealed record CreateSessionRequest(
    string? Template,
    string? Title,
    string? Description,
    ImmutableArray<StakeholderGroup>? Groups,
    bool? IncludeAcademia,
    ImmutableArray<QuestionDefinition>? Questions,
    int? YoungUnderAge,
    DateOnly? HeldOn,
    int? PrivacyThreshold,
    bool? RequireInvites)
{
    public SessionDefinition ToDefinition() => new(
        Title ?? "",
        Description,
        Groups ?? [],
        IncludeAcademia ?? false,
        Questions ?? [],
        YoungUnderAge ?? Domain.Participants.AgeBands.DefaultYoungUnderAge,
        HeldOn,
        PrivacyThreshold ?? SessionDefinition.DefaultPrivacyThreshold,
        RequireInvites ?? false);
}
