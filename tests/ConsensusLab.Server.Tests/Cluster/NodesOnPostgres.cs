using ConsensusLab.Storage.Tests.Postgres;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>One throwaway PostgreSQL server for every multi-node test of this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class NodesOnPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "Nodes on PostgreSQL";
}
