using ConsensusLab.Storage.Sqlite;

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
