namespace ConsensusLab.Storage.Tests;

/// <summary>A fresh, empty store of one provider for one test; every contract test runs against each provider.</summary>
public interface IStorageProvider : IAsyncDisposable
{
    IGrainStateStore GrainStates { get; }
    IResponseLedger Ledger { get; }
    IParticipantStore Participants { get; }

    /// <summary>The named index as the database's own catalogue describes it, after the migrations ran.</summary>
    Task<IndexShape> DescribeIndexAsync(string name);
}
