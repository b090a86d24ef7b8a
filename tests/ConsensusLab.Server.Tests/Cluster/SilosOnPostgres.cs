using ConsensusLab.Storage.Tests.Postgres;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>One throwaway PostgreSQL server for every multi-silo test of this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class SilosOnPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "Silos on PostgreSQL";
}
