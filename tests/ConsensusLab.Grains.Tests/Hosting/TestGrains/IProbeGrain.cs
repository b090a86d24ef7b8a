using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>A grain for host-semantics tests: every method exercises one guarantee of the host.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    /// <summary>Which activation answered.</summary>
    Task<Guid> Instance();

    /// <summary>Read, await, write: loses updates unless requests run one at a time.</summary>
    Task<int> Increment();

    /// <summary>Logs its start and end around an await.</summary>
    Task Record(int ticket);

    Task<IReadOnlyList<string>> Log();

    /// <summary>A long request: signals <paramref name="started"/>, then awaits <paramref name="release"/>.</summary>
    Task Hold(TaskCompletionSource started, Task release);

    Task<string> Ping();

    [AlwaysInterleave]
    Task<string> Peek();

    [AlwaysInterleave]
    Task WorkInterleaved(int segments);

    Task WorkExclusive(int segments);

    [AlwaysInterleave]
    Task<ConcurrencyReport> Concurrency();

    Task Throw(string message);

    Task<int> ThrowAfterAwait(string message);
}
