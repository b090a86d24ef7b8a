using System.Runtime.CompilerServices;

namespace ConsensusLab.Storage.Sqlite;

internal sealed class SqliteGrainStateStore(SqliteDatabase database) : IGrainStateStore
{
    public async Task<StoredState?> ReadAsync(string stateName, string grainId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "state_read");
        command.Parameters.AddWithValue("$state_name", stateName);
        command.Parameters.AddWithValue("$grain_id", grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(grainId, reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public Task<long> WriteAsync(string stateName, string grainId, string payload, long expectedVersion, CancellationToken cancellationToken) =>
        Enqueue(new StateWrite(stateName, grainId, payload, expectedVersion), cancellationToken);

    public Task DeleteAsync(string stateName, string grainId, long expectedVersion, CancellationToken cancellationToken) =>
        Enqueue(new StateDelete(stateName, grainId, expectedVersion), cancellationToken);

    public async IAsyncEnumerable<StoredState> ReadAllAsync(string stateName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "state_read_all");
        command.Parameters.AddWithValue("$state_name", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new StoredState(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    private Task<long> Enqueue(SqliteWrite<long> write, CancellationToken cancellationToken)
    {
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    private sealed class StateWrite(string stateName, string grainId, string payload, long expectedVersion) : SqliteWrite<long>
    {
        public override void Execute(SqliteBatch batch)
        {
            var command = batch.Command(expectedVersion == 0 ? "state_insert" : "state_update");
            command.Parameters.AddWithValue("$state_name", stateName);
            command.Parameters.AddWithValue("$grain_id", grainId);
            command.Parameters.AddWithValue("$payload", payload);
            command.Parameters.AddWithValue("$updated_at", DateTimeOffset.UtcNow.ToString("O"));
            if (expectedVersion != 0)
                command.Parameters.AddWithValue("$expected_version", expectedVersion);
            if (command.ExecuteNonQuery() == 1)
                SetResult(expectedVersion + 1);
            else
                Fail(new StateVersionConflictException(stateName, grainId, expectedVersion));
        }
    }

    private sealed class StateDelete(string stateName, string grainId, long expectedVersion) : SqliteWrite<long>
    {
        public override void Execute(SqliteBatch batch)
        {
            var command = batch.Command("state_delete");
            command.Parameters.AddWithValue("$state_name", stateName);
            command.Parameters.AddWithValue("$grain_id", grainId);
            command.Parameters.AddWithValue("$expected_version", expectedVersion);
            if (command.ExecuteNonQuery() == 1)
                SetResult(0);
            else
                Fail(new StateVersionConflictException(stateName, grainId, expectedVersion));
        }
    }
}
