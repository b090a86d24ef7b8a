using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Live;

namespace ConsensusLab.Server.Endpoints;

internal static class ParticipantEndpoints
{
    public static IEndpointRouteBuilder MapParticipantEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/{code}/participants", JoinAsync).WithTags("Participants");
        return app;
    }

    private static async Task<IResult> JoinAsync(string code, JoinRequest body, SessionViews views, IGrainFactory grains,
        ParticipantDirectory directory, LiveMeterHub hub)
    {
        var session = await views.RequireAsync(code);
        var group = body.Group ?? throw Missing("group");
        if (!session.Definition.Groups.Any(g => g.Code == group))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group",
                $"'{group}' is not a stakeholder group of this session; choose one of {string.Join(", ", session.Definition.Groups.Select(g => g.Code))}.");
        var profile = new ParticipantProfile(group, (body.Country ?? throw Missing("country")).ToUpperInvariant(),
            body.Attendance ?? throw Missing("attendance"), body.Gender, body.AgeBand);

        var receipt = await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(session.Code, group)).Join(profile);
        directory.Remember(receipt.Token, receipt.Participant);
        hub.Session(session.Code).SessionChanged();
        return TypedResults.Created($"/api/sessions/{session.Code}/participants/{receipt.Participant.Id}",
            new JoinResponse(session.Code, receipt.Participant.Id, group, receipt.Token));
    }

    private static CommandRejectedException Missing(string field) =>
        new(Rejection.Invalid, "Missing field", $"'{field}' is required to join.");
}
