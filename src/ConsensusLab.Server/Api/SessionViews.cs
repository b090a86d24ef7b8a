using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using Orleans;

namespace ConsensusLab.Server.Api;

/// <summary>Assembles the views of a session from its grains.</summary>
internal sealed class SessionViews(IGrainFactory grains, PublicAddress publicAddress)
{
    // A session's definition never changes once created, so each web process keeps the ones it has seen.
    private readonly ConcurrentDictionary<string, SessionDefinition> _definitions = new(StringComparer.Ordinal);

    /// <summary>
    /// The definition of the session with this code, or a 404 rejection, without asking the session grain again
    /// once it is known: the answer path needs only the (immutable) question list.
    /// </summary>
    public async Task<(string Code, SessionDefinition Definition)> RequireDefinitionAsync(string code)
    {
        if (_definitions.TryGetValue(code, out var known))
            return (code, known);
        var session = await RequireAsync(code);
        _definitions.TryAdd(session.Code, session.Definition);
        return (session.Code, session.Definition);
    }

    /// <summary>The session with this code, or a 404 rejection; the code is matched as a participant would type it.</summary>
    public async Task<SessionSnapshot> RequireAsync(string code)
    {
        var normalized = SessionCode.Normalize(code);
        var session = normalized is null ? null : await grains.GetGrain<ISessionGrain>(normalized).Get();
        return session ?? throw new CommandRejectedException(Rejection.NotFound, "Unknown session", $"There is no session with code '{code}'.");
    }

    public async Task<SessionView> BuildAsync(SessionSnapshot session, HttpRequest request)
    {
        var definition = session.Definition;
        var groups = await Task.WhenAll(definition.Groups.Select(g => grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(session.Code, g.Code)).GetSnapshot()));
        var questions = await Task.WhenAll(definition.Questions.Select(q => grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, q.Id)).GetSnapshot()));
        var baseUrl = BaseUrl(request);
        return new SessionView(
            session.Code,
            definition.Title,
            definition.Description ?? "",
            session.Status,
            [.. definition.Groups.Zip(groups, (g, s) => new GroupView(g.Code, g.Name, g.Description, g.RollUp, s.Weight, s.Members, session.GroupsVerified))],
            [.. questions.Select(QuestionView.Of)],
            session.Weighting,
            definition.YoungUnderAge,
            session.HeldOn,
            [.. AgeBands.All.Select(b => b.Code)],
            groups.Sum(g => g.Members),
            $"{baseUrl}/join/{session.Code}",
            $"{baseUrl}/moderate/{session.Code}",
            definition.PrivacyThreshold,
            definition.RequireInvites,
            ModeratorAccess.LevelOf(request, session) == AccessLevel.Moderator ? AccessKeys.ViewKeyOf(ModeratorAccess.PresentedKey(request)) : null,
            session.OtherGroup,
            [.. session.OtherGroups.Codes.Order(StringComparer.Ordinal)])
        {
            Projector = ProjectorView.Of(session.Projector, questions),
            MeterSettings = session.MeterSettings,
            Raking = session.Raking,
        };
    }

    /// <summary>Every group's custom weight, for the custom weighting scheme.</summary>
    public async Task<ImmutableDictionary<string, double>> CustomWeightsAsync(SessionSnapshot session)
    {
        var groups = await Task.WhenAll(session.Definition.Groups.Select(g =>
            grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(session.Code, g.Code)).GetSnapshot()));
        return groups.ToImmutableDictionary(g => g.Code, g => g.Weight);
    }

    /// <summary>The address participants reach the server at (see <see cref="PublicAddress"/>).</summary>
    public string BaseUrl(HttpRequest request) => publicAddress.For(request);
}
