namespace ConsensusLab.Grains.Live;

/// <summary>
/// Where question grains publish their coalesced tallies (at most ten a second each). Publishing must be cheap and
/// must not block: it runs inside a grain turn.
/// </summary>
public interface ITallyFeed
{
    void Publish(TallyPublication publication);
}
