namespace ConsensusLab.Storage.Tests;

public sealed class SqliteStorageContractTests : StorageContractTests
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await new SqliteProvider().OpenAsync();
}
