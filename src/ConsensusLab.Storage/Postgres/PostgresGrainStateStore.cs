using System.Runtime.CompilerServices;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

internal sealed class PostgresGrainStateStore(PostgresDatabase database) : IGrainStateStore
{
    public async Task<StoredState?> ReadAsync(string stateName, string grainId, CancellationToken cancellationToken)
    {
        await using var command = database.Command("state_read");
        command.Parameters.AddTyped("state_name", stateName);
        command.Parameters.AddTyped("grain_id", grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(grainId, reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public Task<long> WriteAsync(string stateName, string grainId, string payload, long expectedVersion, CancellationToken cancellationToken) =>
        Enqueue(new StateWrite(stateName, grainId, payload, expectedVersion), cancellationToken);

    public Task DeleteAsync(string stateName, string grainId, long expectedVersion, CancellationToken cancellationToken) =>
        Enqueue(new StateWrite(stateName, grainId, null, expectedVersion), cancellationToken);

    public async IAsyncEnumerable<StoredState> ReadAllAsync(string stateName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.Command("state_read_all");
        command.Parameters.AddTyped("state_name", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new StoredState(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    private Task<long> Enqueue(StateWrite write, CancellationToken cancellationToken)
    {
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    /// <summary>A version-checked insert, update or (with no payload) delete.</summary>
    private sealed class StateWrite(string stateName, string grainId, string? payload, long expectedVersion) : PostgresWrite<long>
    {
        public override NpgsqlBatchCommand CreateCommand()
        {
            var command = PostgresDatabase.BatchCommand(payload is null ? "state_delete" : expectedVersion == 0 ? "state_insert" : "state_update");
            command.Parameters.AddTyped("state_name", stateName);
            command.Parameters.AddTyped("grain_id", grainId);
            if (payload is not null)
                command.Parameters.AddTyped("payload", payload);
            if (payload is null || expectedVersion != 0)
                command.Parameters.AddTyped("expected_version", expectedVersion);
            return command;
        }

        // No row back means the insert met an existing row, or the update or delete met another version.
        public override async Task ReadAsync(NpgsqlDataReader reader)
        {
            if (await reader.ReadAsync())
                SetResult(payload is null ? 0 : reader.GetInt64(0));
            else
                Fail(new StateVersionConflictException(stateName, grainId, expectedVersion));
        }
    }
}
