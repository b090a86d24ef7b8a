using ConsensusLab.Storage.Postgres;
using Npgsql;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>Commit notifications between nodes (LISTEN/NOTIFY).</summary>
[Collection(SharedPostgresServer.Name)]
public sealed class PostgresNotificationTests(PostgresServer server)
{
    private static LedgerEntry Answer(string question) =>
        new("ABCDEF", question, 1, "P1", "GOV", Guid.NewGuid().ToString(), """{"choice":3}""", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_commit_on_one_node_notifies_a_listening_node()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var listener = await store.OpenNodeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var notifications = listener.ListenAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        // A question id with both separators of the payload.
        var (notification, sequences) = await AnswerUntilNotifiedAsync(store.Database, notifications, "q/2:b", timeout.Token);

        Assert.Equal(("ABCDEF", "q/2:b"), (notification.SessionCode, notification.QuestionId));
        Assert.Contains(notification.Sequence, sequences);
    }

    [Fact]
    public async Task A_listener_whose_connection_is_killed_reconnects_and_hears_later_commits()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var listener = await store.OpenNodeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var notifications = listener.ListenAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        await AnswerUntilNotifiedAsync(store.Database, notifications, "before", timeout.Token);

        await using (var dataSource = NpgsqlDataSource.Create(store.ConnectionString))
        await using (var kill = dataSource.CreateCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'"))
            Assert.Equal(1L, await kill.ExecuteScalarAsync(timeout.Token));
        var (notification, sequences) = await AnswerUntilNotifiedAsync(store.Database, notifications, "after", timeout.Token);

        Assert.Equal("after", notification.QuestionId);
        Assert.Contains(notification.Sequence, sequences);
    }

    /// <summary>
    /// Appends answers to the question until the listener hears of one. A NOTIFY reaches only connections that
    /// already listen, and the listener connects in the background, so a single answer could go unheard.
    /// </summary>
    private static async Task<(LedgerNotification Notification, List<long> Sequences)> AnswerUntilNotifiedAsync(
        PostgresDatabase node, IAsyncEnumerator<LedgerNotification> notifications, string question, CancellationToken cancellationToken)
    {
        var sequences = new List<long>();
        var next = notifications.MoveNextAsync().AsTask();
        do
            sequences.Add((await node.Ledger.AppendAsync(Answer(question), cancellationToken)).Sequence);
        while (await Task.WhenAny(next, Task.Delay(200, cancellationToken)) != next);
        Assert.True(await next);
        // Notifications of earlier answers may still be queued: skip to this question's.
        while (notifications.Current.QuestionId != question)
            Assert.True(await notifications.MoveNextAsync());
        return (notifications.Current, sequences);
    }
}
