namespace ConsensusLab.Grains.Hosting;

/// <summary>Base of every grain: lifecycle hooks the host calls as turns (Orleans: Grain).</summary>
public abstract class Grain(IGrainContext context)
{
    protected IGrainContext Context { get; } = context;

    protected string GrainKey => Context.Key;

    protected IGrainFactory GrainFactory => Context.GrainFactory;

    /// <summary>Runs as the activation's first turn, before any request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the last turn. Nothing may depend on it: a killed process never runs it.</summary>
    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
