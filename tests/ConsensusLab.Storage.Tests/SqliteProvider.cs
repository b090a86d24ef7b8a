using ConsensusLab.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Storage.Tests;

internal sealed class SqliteProvider : IStorageProvider
{
    private readonly string _directory = Directory.CreateTempSubdirectory("consensuslab-storage-").FullName;
    private SqliteDatabase? _database;

    private SqliteDatabase Database => _database ?? throw new InvalidOperationException("Call OpenAsync first.");
    public IGrainStateStore GrainStates => Database.GrainStates;
    public IResponseLedger Ledger => Database.Ledger;
    public IParticipantStore Participants => Database.Participants;
    public string Path => System.IO.Path.Combine(_directory, "store.db");

    public async Task<SqliteProvider> OpenAsync()
    {
        _database = await SqliteDatabase.OpenAsync(Path);
        return this;
    }

    public async Task<IndexShape> DescribeIndexAsync(string name)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info($name) ORDER BY seqno)),
                   list."unique", list.partial
            FROM sqlite_schema AS index_row, pragma_index_list(index_row.tbl_name) AS list
            WHERE index_row.type = 'index' AND index_row.name = $name AND list.name = $name
            """;
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
            throw new InvalidOperationException($"The database has no index {name}.");
        return new IndexShape(reader.GetString(0).Split(','), reader.GetBoolean(1), reader.GetBoolean(2));
    }

    /// <summary>Closes and reopens the same file, as a restarted server would.</summary>
    public async Task ReopenAsync()
    {
        await Database.DisposeAsync();
        _database = await SqliteDatabase.OpenAsync(Path);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
