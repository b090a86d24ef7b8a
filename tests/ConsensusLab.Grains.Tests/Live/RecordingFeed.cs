using System.Collections.Concurrent;
using ConsensusLab.Grains.Live;

namespace ConsensusLab.Grains.Tests;

/// <summary>A live feed that keeps every publication with the moment (Environment.TickCount64) it arrived.</summary>
public sealed class RecordingFeed : ILiveFeed
{
    private readonly ConcurrentQueue<(long AtMs, TallyPublication Publication)> _published = new();
    private readonly ConcurrentQueue<SessionChange> _changes = new();

    public IReadOnlyList<(long AtMs, TallyPublication Publication)> Published => [.. _published];

    public IReadOnlyList<SessionChange> Changes => [.. _changes];

    public Task OnTally(TallyPublication publication)
    {
        _published.Enqueue((Environment.TickCount64, publication));
        return Task.CompletedTask;
    }

    public Task OnSessionChanged(string sessionCode, SessionChange change)
    {
        _changes.Enqueue(change);
        return Task.CompletedTask;
    }
}
