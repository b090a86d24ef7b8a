namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>The tests that share one <see cref="PostgresServer"/>: it starts once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgresServer : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
