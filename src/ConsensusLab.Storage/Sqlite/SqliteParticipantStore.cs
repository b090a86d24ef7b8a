using System.Runtime.CompilerServices;
using ConsensusLab.Domain.Participants;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Storage.Sqlite;

internal sealed class SqliteParticipantStore(SqliteDatabase database) : IParticipantStore
{
    public Task AddAsync(Participant participant, ReadOnlyMemory<byte> tokenHash, CancellationToken cancellationToken)
    {
        var write = new ParticipantInsert(participant, tokenHash.ToArray());
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    public Task WithdrawAsync(string sessionCode, string participantId, DateTimeOffset withdrawnAt, CancellationToken cancellationToken)
    {
        var write = new ParticipantWithdrawal(sessionCode, participantId, withdrawnAt);
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    public async Task<Participant?> FindByTokenAsync(ReadOnlyMemory<byte> tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "participant_by_token");
        command.Parameters.AddWithValue("$token_hash", tokenHash.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadParticipant(reader) : null;
    }

    public async Task<int> CountGroupAsync(string sessionCode, string groupCode, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "participant_count_group");
        command.Parameters.AddWithValue("$session_code", sessionCode);
        command.Parameters.AddWithValue("$group_code", groupCode);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async IAsyncEnumerable<Participant> ReadSessionAsync(string sessionCode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, "participant_read_session");
        command.Parameters.AddWithValue("$session_code", sessionCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadParticipant(reader);
    }

    private static Participant ReadParticipant(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        new ParticipantProfile(
            reader.GetString(2),
            reader.GetString(3),
            Enum.Parse<Attendance>(reader.GetString(4)),
            reader.IsDBNull(5) ? null : Enum.Parse<Gender>(reader.GetString(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6)),
        DateTimeOffset.Parse(reader.GetString(7), System.Globalization.CultureInfo.InvariantCulture),
        reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), System.Globalization.CultureInfo.InvariantCulture));

    private sealed class ParticipantInsert(Participant participant, byte[] tokenHash) : SqliteWrite<bool>
    {
        public override void Execute(SqliteBatch batch)
        {
            var profile = participant.Profile;
            var command = batch.Command("participant_insert");
            command.Parameters.AddWithValue("$session_code", participant.SessionCode);
            command.Parameters.AddWithValue("$participant_id", participant.Id);
            command.Parameters.AddWithValue("$token_hash", tokenHash);
            command.Parameters.AddWithValue("$group_code", profile.Group);
            command.Parameters.AddWithValue("$country", profile.Country);
            command.Parameters.AddWithValue("$attendance", profile.Attendance.ToString());
            command.Parameters.AddWithValue("$gender", (object?)profile.Gender?.ToString() ?? DBNull.Value);
            command.Parameters.AddWithValue("$age_band", (object?)profile.AgeBand ?? DBNull.Value);
            command.Parameters.AddWithValue("$joined_at", participant.JoinedAt.ToString("O"));
            command.ExecuteNonQuery();
            SetResult(true);
        }
    }

    private sealed class ParticipantWithdrawal(string sessionCode, string participantId, DateTimeOffset withdrawnAt) : SqliteWrite<bool>
    {
        public override void Execute(SqliteBatch batch)
        {
            var command = batch.Command("participant_withdraw");
            command.Parameters.AddWithValue("$session_code", sessionCode);
            command.Parameters.AddWithValue("$participant_id", participantId);
            command.Parameters.AddWithValue("$withdrawn_at", withdrawnAt.ToString("O"));
            command.ExecuteNonQuery();
            SetResult(true);
        }
    }
}
