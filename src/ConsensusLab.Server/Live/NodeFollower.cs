using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Storage.Postgres;

namespace ConsensusLab.Server.Live;

/// <summary>
/// With several nodes on one PostgreSQL database: when another node commits answers, this node's question grain reads
/// them from the ledger; when another node writes a grain's state, this node's activation of that grain is dropped so
/// the next call loads the new state, and this node's live connections hear of the change. PostgreSQL's LISTEN/NOTIFY
/// carries the hints; the ledger and grain_state rows stay the only truth.
/// </summary>
internal sealed class NodeFollower(PostgresDatabase database, IGrainFactory grains, GrainHost host, LiveMeterHub hub,
    SessionViews views, ILogger<NodeFollower> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(FollowLedgerAsync(stoppingToken), FollowStateAsync(stoppingToken));

    private async Task FollowLedgerAsync(CancellationToken stoppingToken)
    {
        // A node's own answers are applied after their commit already; only other nodes' need reading.
        await foreach (var committed in database.ListenAsync(stoppingToken))
            if (committed.Node != database.NodeId)
                _ = Guard(() => grains.GetGrain<IQuestionGrain>(GrainKeys.Question(committed.SessionCode, committed.QuestionId)).CatchUp(committed.Sequence),
                    committed.ToString());
    }

    private async Task FollowStateAsync(CancellationToken stoppingToken)
    {
        await foreach (var written in database.ListenStateAsync(stoppingToken))
            if (written.Node != database.NodeId)
                await Guard(() => RefreshAsync(written), written.ToString());
    }

    private async Task RefreshAsync(StateNotification written)
    {
        switch (written.GrainType)
        {
            case "session":
                host.DeactivateIfActive(typeof(ISessionGrain), written.Key);
                hub.Session(written.Key).SessionChanged();
                break;
            case "question":
                host.DeactivateIfActive(typeof(IQuestionGrain), written.Key);
                // Activate again at once: the new activation publishes its status and tally to this node's meters.
                await grains.GetGrain<IQuestionGrain>(written.Key).GetSnapshot();
                hub.Session(GrainKeys.Split(written.Key).SessionCode).SessionChanged();
                break;
            case "group":
                host.DeactivateIfActive(typeof(IStakeholderGroupGrain), written.Key);
                var code = GrainKeys.Split(written.Key).SessionCode;
                hub.Session(code).SetCustomWeights(await views.CustomWeightsAsync(await views.RequireAsync(code)));
                break;
        }
    }

    private async Task Guard(Func<Task> work, string notification)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not follow {Notification}; the periodic catch-up will", notification);
        }
    }
}
