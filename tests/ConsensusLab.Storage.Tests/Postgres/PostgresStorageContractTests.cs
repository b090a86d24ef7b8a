namespace ConsensusLab.Storage.Tests.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresStorageContractTests(PostgresServer server) : StorageContractTests
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await PostgresProvider.CreateAsync(server);
}
