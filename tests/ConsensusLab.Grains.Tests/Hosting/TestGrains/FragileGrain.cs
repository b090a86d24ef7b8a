using System.Collections.Concurrent;
using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

internal sealed class FragileGrain : Grain, IFragileGrain
{
    private int _attempt;

    public FragileGrain(IGrainContext context) : base(context) { }

    public static ConcurrentDictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public static ConcurrentDictionary<string, int> Deactivations { get; } = new(StringComparer.Ordinal);

    public static string FailureMessage(string key) => $"Activation 1 of {key} failed.";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _attempt = Attempts.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        await Task.Yield();
        if (_attempt == 1)
            throw new InvalidOperationException(FailureMessage(GrainKey));
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        Deactivations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<int> Attempt() => Task.FromResult(_attempt);
}
