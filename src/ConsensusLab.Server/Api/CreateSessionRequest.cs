using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;

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
    /// <exception cref="CommandRejectedException">An entry of 'groups' or 'questions' is null.</exception>
    public SessionDefinition ToDefinition() => new(
        Title ?? "",
        Description,
        NoNulls(Groups ?? [], "groups"),
        IncludeAcademia ?? false,
        NoNulls(Questions ?? [], "questions"),
        YoungUnderAge ?? Domain.Participants.AgeBands.DefaultYoungUnderAge,
        HeldOn,
        PrivacyThreshold ?? SessionDefinition.DefaultPrivacyThreshold,
        RequireInvites ?? false);

    private static ImmutableArray<T> NoNulls<T>(ImmutableArray<T> items, string field) where T : class =>
        items.IndexOf(null!) is var index and >= 0
            ? throw new CommandRejectedException(Rejection.Invalid, "Invalid session definition", $"'{field}[{index}]' is null.")
            : items;
}
