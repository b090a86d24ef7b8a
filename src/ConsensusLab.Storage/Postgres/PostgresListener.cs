using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// Listens on one notification channel (the ledger's commits, or grain-state writes) on a connection of its own,
/// reconnecting (with a growing pause) whenever that connection drops; notifications sent while it is down are lost,
/// so listeners treat them as hints and also catch up on their own schedule.
/// </summary>
internal sealed class PostgresListener<TNotification>(NpgsqlDataSource dataSource, string listenScript, PostgresListener<TNotification>.Parser parse,
    ILogger logger)
    where TNotification : class
{
    // A connection that vanished without a TCP reset would make a wait last forever; a query after this long a
    // silence proves it alive (or fails, and the listener reconnects).
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    public delegate bool Parser(string payload, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TNotification? notification);

    public async IAsyncEnumerable<TNotification> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Npgsql raises Notification synchronously inside the awaited wait or query, never concurrently with this
        // loop, so a plain queue is safe.
        var received = new Queue<TNotification>();
        var pause = FirstPause;
        while (true)
        {
            var connection = await ConnectAsync(received, cancellationToken);
            if (connection is null)
            {
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
                continue;
            }
            pause = FirstPause;
            await using (connection)
            {
                bool alive;
                do
                {
                    alive = await WaitAsync(connection, cancellationToken);
                    while (received.TryDequeue(out var notification))
                        yield return notification;
                }
                while (alive);
            }
        }
    }

    private async Task<NpgsqlConnection?> ConnectAsync(Queue<TNotification> received, CancellationToken cancellationToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken);
            connection.Notification += (_, e) =>
            {
                if (parse(e.Payload, out var notification))
                    received.Enqueue(notification);
                else
                    logger.LogWarning("Ignored a notification with an unreadable payload {Payload}", e.Payload);
            };
            await using var listen = new NpgsqlCommand(SqlScripts.Get(PostgresDatabase.Provider, listenScript), connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Cannot listen ({ListenScript}) yet; retrying", listenScript);
            if (connection is not null)
                await connection.DisposeAsync();
            return null;
        }
    }

    /// <summary>Waits for notifications; false when the connection is lost.</summary>
    private async Task<bool> WaitAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            if (!await connection.WaitAsync(Silence, cancellationToken))
            {
                await using var ping = new NpgsqlCommand(SqlScripts.Get(PostgresDatabase.Provider, "ping"), connection);
                await ping.ExecuteScalarAsync(cancellationToken);
            }
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Lost the notification connection ({ListenScript}); reconnecting", listenScript);
            return false;
        }
    }
}
