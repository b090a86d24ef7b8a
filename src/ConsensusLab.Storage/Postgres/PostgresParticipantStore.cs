using System.Runtime.CompilerServices;
using ConsensusLab.Domain.Participants;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

internal sealed class PostgresParticipantStore(PostgresDatabase database) : IParticipantStore
{
    /// <remarks>A participant id or token hash that is already stored fails with a <see cref="PostgresException"/> (23505).</remarks>
    public Task AddAsync(Participant participant, ReadOnlyMemory<byte> tokenHash, CancellationToken cancellationToken)
    {
        var write = new ParticipantInsert(participant, tokenHash.ToArray());
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    public async Task<Participant?> FindByTokenAsync(ReadOnlyMemory<byte> tokenHash, CancellationToken cancellationToken)
    {
        await using var command = database.Command("participant_by_token");
        command.Parameters.AddTyped("token_hash", tokenHash.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadParticipant(reader) : null;
    }

    public async Task<int> CountGroupAsync(string sessionCode, string groupCode, CancellationToken cancellationToken)
    {
        await using var command = database.Command("participant_count_group");
        command.Parameters.AddTyped("session_code", sessionCode);
        command.Parameters.AddTyped("group_code", groupCode);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async IAsyncEnumerable<Participant> ReadSessionAsync(string sessionCode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.Command("participant_read_session");
        command.Parameters.AddTyped("session_code", sessionCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadParticipant(reader);
    }

    private static Participant ReadParticipant(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        new ParticipantProfile(
            reader.GetString(2),
            reader.GetString(3),
            Enum.Parse<Attendance>(reader.GetString(4)),
            reader.IsDBNull(5) ? null : Enum.Parse<Gender>(reader.GetString(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6)),
        reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8));

    public Task WithdrawAsync(string sessionCode, string participantId, DateTimeOffset withdrawnAt, CancellationToken cancellationToken)
    {
        var write = new ParticipantWithdrawal(sessionCode, participantId, withdrawnAt);
        database.Enqueue(write);
        return write.Completion.WaitAsync(cancellationToken);
    }

    private sealed class ParticipantWithdrawal(string sessionCode, string participantId, DateTimeOffset withdrawnAt) : PostgresWrite<bool>
    {
        public override NpgsqlBatchCommand CreateCommand()
        {
            var command = PostgresDatabase.BatchCommand("participant_withdraw");
            command.Parameters.AddTyped("session_code", sessionCode);
            command.Parameters.AddTyped("participant_id", participantId);
            command.Parameters.AddTyped("withdrawn_at", PostgresParameters.Stored(withdrawnAt));
            return command;
        }

        public override Task ReadAsync(NpgsqlDataReader reader)
        {
            SetResult(true);
            return Task.CompletedTask;
        }
    }

    private sealed class ParticipantInsert(Participant participant, byte[] tokenHash) : PostgresWrite<bool>
    {
        public override NpgsqlBatchCommand CreateCommand()
        {
            var profile = participant.Profile;
            var command = PostgresDatabase.BatchCommand("participant_insert");
            command.Parameters.AddTyped("session_code", participant.SessionCode);
            command.Parameters.AddTyped("participant_id", participant.Id);
            command.Parameters.AddTyped("token_hash", tokenHash);
            command.Parameters.AddTyped("group_code", profile.Group);
            command.Parameters.AddTyped("country", profile.Country);
            command.Parameters.AddTyped("attendance", profile.Attendance.ToString());
            command.Parameters.AddTyped("gender", profile.Gender?.ToString());
            command.Parameters.AddTyped("age_band", profile.AgeBand);
            command.Parameters.AddTyped("joined_at", PostgresParameters.Stored(participant.JoinedAt));
            return command;
        }

        public override Task ReadAsync(NpgsqlDataReader reader)
        {
            SetResult(true);
            return Task.CompletedTask;
        }
    }
}
