using System.Collections.Concurrent;
using ConsensusLab.Grains.Live;

namespace ConsensusLab.Grains.Tests.Live;

/// <summary>Keeps every publication with the moment (Environment.TickCount64) it was published.</summary>
internal sealed class RecordingTallyFeed : ITallyFeed
{
    private readonly ConcurrentQueue<(long AtMs, TallyPublication Publication)> _published = new();

    public IReadOnlyList<(long AtMs, TallyPublication Publication)> Published => [.. _published];

    public IReadOnlyList<TallyPublication> Of(string sessionCode, string questionId) =>
        [.. _published.Select(p => p.Publication).Where(p => p.SessionCode == sessionCode && p.QuestionId == questionId)];

    public void Publish(TallyPublication publication) => _published.Enqueue((Environment.TickCount64, publication));
}
