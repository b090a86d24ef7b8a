using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Server.Api;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Server.Tests.Hardening;

/// <summary>The participants a web process keeps in memory are bounded; the store still knows everyone (issue 10, finding 4).</summary>
public sealed class ParticipantDirectoryTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("consensuslab-directory-").FullName;
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteDatabase.OpenAsync(Path.Combine(_directory, "store.db"));

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Directory_keeps_at_most_its_capacity_and_finds_an_evicted_participant_in_the_store()
    {
        using var directory = new ParticipantDirectory(_database.Participants);
        var first = new Participant("ABCDEF", "P-FIRST", new ParticipantProfile("GOV", "KE", Attendance.Onsite), DateTimeOffset.UtcNow);
        var firstToken = ParticipantToken.New();
        await _database.Participants.AddAsync(first, ParticipantToken.Hash(firstToken), default);
        directory.Remember(firstToken, first);

        for (var i = 0; i < ParticipantDirectory.Capacity + 10_000; i++)
            directory.Remember($"token-{i}", first with { Id = $"P-{i}" });

        Assert.InRange(directory.Count, 1, ParticipantDirectory.Capacity);
        Assert.Equal(first, await directory.FindAsync(firstToken, default));
    }
}
