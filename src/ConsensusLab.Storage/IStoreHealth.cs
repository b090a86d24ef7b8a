namespace ConsensusLab.Storage;

/// <summary>Whether the store answers, and holds every schema migration this build knows.</summary>
public interface IStoreHealth
{
    /// <summary>Null when the store answers with its schema up to date; otherwise what is wrong, in a sentence.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}
