using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Storage;

/// <summary>Participants of every session, found by the hash of their token (the token itself is never stored).</summary>
public interface IParticipantStore
{
    /// <summary>Stores a new participant; durable when the task completes.</summary>
    Task AddAsync(Participant participant, ReadOnlyMemory<byte> tokenHash, CancellationToken cancellationToken);

    /// <summary>Marks the participant as withdrawn (the first time only); durable when the task completes.</summary>
    Task WithdrawAsync(string sessionCode, string participantId, DateTimeOffset withdrawnAt, CancellationToken cancellationToken);

    Task<Participant?> FindByTokenAsync(ReadOnlyMemory<byte> tokenHash, CancellationToken cancellationToken);

    /// <summary>How many participants of the session declared (or were given) the group and have not withdrawn.</summary>
    Task<int> CountGroupAsync(string sessionCode, string groupCode, CancellationToken cancellationToken);

    /// <summary>Every participant of one session, in order of joining.</summary>
    IAsyncEnumerable<Participant> ReadSessionAsync(string sessionCode, CancellationToken cancellationToken);
}
