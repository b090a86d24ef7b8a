using Orleans;
using Orleans.Concurrency;

namespace ConsensusLab.Grains.Live;

/// <summary>
/// One per web process: where grains push what live pages show. Both methods are one-way, so a grain never waits for
/// a slow or dead process; subscriptions expire unless renewed, which removes the dead ones.
/// </summary>
[Alias("consensuslab.ILiveFeed")]
public interface ILiveFeed : IGrainObserver
{
    /// <summary>A question's coalesced tally (at most ten a second per question).</summary>
    [OneWay, Alias("OnTally")]
    Task OnTally(TallyPublication publication);

    /// <summary>Something a session's pages show other than a tally changed.</summary>
    [OneWay, Alias("OnSessionChanged")]
    Task OnSessionChanged(string sessionCode, SessionChange change);
}
