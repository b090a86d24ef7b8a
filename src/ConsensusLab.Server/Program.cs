using ConsensusLab.Server.Endpoints;
using ConsensusLab.Server.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsensusLogging().AddConsensusTelemetry().AddConsensusStorage().AddConsensusSilo().AddConsensusServices().AddConsensusRateLimits();

var app = builder.Build();
app.UseConsensusPipeline();
app.MapSessionEndpoints()
    .MapQuestionEndpoints()
    .MapParticipantEndpoints()
    .MapAnswerEndpoints()
    .MapStatementEndpoints()
    .MapPolisEndpoints()
    .MapMeterEndpoints()
    .MapExportEndpoints()
    .MapReportEndpoints()
    .MapComparisonEndpoints()
    .MapRoundEndpoints()
    .MapInviteEndpoints()
    .MapReferenceEndpoints()
    .MapPageEndpoints();
app.Run();

/// <summary>The entry point, visible to the HTTP tests.</summary>
public partial class Program;
