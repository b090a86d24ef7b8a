using System.Collections.Concurrent;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Participants;

/// <summary>
/// Finds the participant behind a token. A participant changes only by withdrawing (which forgets them here), so a
/// found one is cached;
/// an unknown token is looked up in the store every time (it may have joined through another silo).
/// </summary>
public sealed class ParticipantDirectory(IParticipantStore store)
{
    private readonly ConcurrentDictionary<string, Participant> _byToken = new(StringComparer.Ordinal);

    public async Task<Participant?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (_byToken.TryGetValue(token, out var cached))
            return cached;
        var found = await store.FindByTokenAsync(ParticipantToken.Hash(token), cancellationToken);
        if (found is not null)
            _byToken.TryAdd(token, found);
        return found;
    }

    /// <summary>Forgets a participant who withdrew, so the next lookup reads the store.</summary>
    public void Forget(string token) => _byToken.TryRemove(token, out _);

    /// <summary>Remembers a participant who just joined through this silo.</summary>
    public void Remember(string token, Participant participant) => _byToken.TryAdd(token, participant);
}
