using System.Runtime.CompilerServices;

namespace ConsensusLab.Storage.Sqlite;

internal sealed class SqliteGrainStateStore(SqliteDatabase database) : IGrainStateStore
{
    public async Task<StoredState?> ReadAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "state_read");
        command.Parameters.AddWithValue("$grain_type", grainType);
        command.Parameters.AddWithValue("$grain_key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(key, reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken cancellationToken)
    {
        var write = new StateWrite(grainType, key, payload, expectedVersion);
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<StoredState> ReadAllAsync(string grainType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "state_read_all");
        command.Parameters.AddWithValue("$grain_type", grainType);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new StoredState(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    private sealed class StateWrite(string grainType, string key, string payload, long expectedVersion) : SqliteWrite<long>
    {
        public override void Execute(SqliteBatch batch)
        {
            var command = batch.Command(expectedVersion == 0 ? "state_insert" : "state_update");
            command.Parameters.AddWithValue("$grain_type", grainType);
            command.Parameters.AddWithValue("$grain_key", key);
            command.Parameters.AddWithValue("$payload", payload);
            command.Parameters.AddWithValue("$updated_at", DateTimeOffset.UtcNow.ToString("O"));
            if (expectedVersion != 0)
                command.Parameters.AddWithValue("$expected_version", expectedVersion);
            if (command.ExecuteNonQuery() == 1)
                SetResult(expectedVersion + 1);
            else
                Fail(new StateVersionConflictException(grainType, key, expectedVersion));
        }
    }
}
