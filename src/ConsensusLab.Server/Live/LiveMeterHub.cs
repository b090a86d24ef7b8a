using System.Collections.Concurrent;
using ConsensusLab.Grains.Live;

namespace ConsensusLab.Server.Live;

/// <summary>Receives the question grains' coalesced tallies and hands them to the live connections of their session.</summary>
internal sealed class LiveMeterHub : ITallyFeed
{
    private readonly ConcurrentDictionary<string, LiveSession> _sessions = new(StringComparer.Ordinal);

    public void Publish(TallyPublication publication) => Session(publication.SessionCode).Publish(publication);

    public LiveSession Session(string code) => _sessions.GetOrAdd(code, static c => new LiveSession(c));
}
