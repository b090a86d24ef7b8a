using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace ConsensusLab.Server.Api;

/// <summary>
/// Finds the participant behind a token. The participant store is the truth; this process keeps the participants it
/// met recently in a bounded cache, so a room answering does not read the store per answer, and a flood of joins
/// does not grow memory without end: at most <see cref="Capacity"/> entries, each dropped after
/// <see cref="IdleExpiry"/> without use. An unknown token is looked up in the store every time (it may have joined
/// through another silo). A withdrawal on another silo is not seen here, which is safe: the question grains refuse a
/// withdrawn participant's answers themselves.
/// </summary>
internal sealed class ParticipantDirectory(IParticipantStore store) : IDisposable
{
    public const int Capacity = 50_000;
    public static readonly TimeSpan IdleExpiry = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _byToken = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.2 });

    public async Task<Participant?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (_byToken.TryGetValue(token, out Participant? cached))
            return cached;
        var found = await store.FindByTokenAsync(ParticipantToken.Hash(token), cancellationToken);
        if (found is not null)
            Remember(token, found);
        return found;
    }

    /// <summary>Forgets a participant who withdrew, so the next lookup reads the store.</summary>
    public void Forget(string token) => _byToken.Remove(token);

    /// <summary>Remembers a participant who just joined through this silo.</summary>
    public void Remember(string token, Participant participant) =>
        _byToken.Set(token, participant, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleExpiry });

    /// <summary>How many participants are cached now.</summary>
    public int Count => _byToken.Count;

    public void Dispose() => _byToken.Dispose();
}
