using System.Collections.Concurrent;

namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>What the crowd has done so far; counted from many tasks at once.</summary>
internal sealed class Progress
{
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _joined;
    private int _answers;
    private int _changes;

    public int Joined => Volatile.Read(ref _joined);
    public int Answers => Volatile.Read(ref _answers);
    public int Changes => Volatile.Read(ref _changes);
    public int Errors => _errors.Values.Sum();

    public void CountJoin() => Interlocked.Increment(ref _joined);

    public void CountAnswer(bool changed)
    {
        Interlocked.Increment(ref _answers);
        if (changed)
            Interlocked.Increment(ref _changes);
    }

    public void CountError(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);

    /// <summary>Errors by kind ("409 Conflict: Question not open", "HttpRequestException"), most frequent first.</summary>
    public IEnumerable<KeyValuePair<string, int>> ErrorsByKind() =>
        _errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal);
}
