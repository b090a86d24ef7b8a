using System.Runtime.CompilerServices;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

internal sealed class PostgresGrainStateStore(PostgresDatabase database) : IGrainStateStore
{
    public async Task<StoredState?> ReadAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        await using var command = database.Command("state_read");
        command.Parameters.AddTyped("grain_type", grainType);
        command.Parameters.AddTyped("grain_key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(key, reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken cancellationToken)
    {
        var write = new StateWrite(database.NodeId, grainType, key, payload, expectedVersion);
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<StoredState> ReadAllAsync(string grainType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.Command("state_read_all");
        command.Parameters.AddTyped("grain_type", grainType);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new StoredState(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    private sealed class StateWrite(string node, string grainType, string key, string payload, long expectedVersion) : PostgresWrite<long>
    {
        public override NpgsqlBatchCommand CreateCommand()
        {
            var command = PostgresDatabase.BatchCommand(expectedVersion == 0 ? "state_insert" : "state_update");
            command.Parameters.AddTyped("grain_type", grainType);
            command.Parameters.AddTyped("grain_key", key);
            command.Parameters.AddTyped("payload", payload);
            command.Parameters.AddTyped("node", node);
            if (expectedVersion != 0)
                command.Parameters.AddTyped("expected_version", expectedVersion);
            return command;
        }

        // No row back means the insert met an existing row or the update met another version.
        public override async Task ReadAsync(NpgsqlDataReader reader)
        {
            if (await reader.ReadAsync())
                SetResult(reader.GetInt64(0));
            else
                Fail(new StateVersionConflictException(grainType, key, expectedVersion));
        }
    }
}
