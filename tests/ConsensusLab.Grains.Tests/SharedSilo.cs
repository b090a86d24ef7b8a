namespace ConsensusLab.Grains.Tests;

/// <summary>One two-silo cluster for the grain tests; each test works in sessions of its own.</summary>
public sealed class SharedSilo : IAsyncLifetime
{
    public const string Collection = "Grains on a shared cluster";

    public TestSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await TestSilo.StartAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

[CollectionDefinition(SharedSilo.Collection)]
public sealed class SharedSiloDefinition : ICollectionFixture<SharedSilo>;
