using System.Collections.Immutable;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// When a question activation reads its ledger again. Orleans keeps one activation per grain, but while a failed silo
/// is being declared dead the cluster's views can briefly disagree, and two activations may each take answers (or the
/// dead silo's last commit may land after this activation read the ledger). Every such answer is in the ledger;
/// reading it again once the cluster has settled makes the tally exact. Applying an entry twice changes nothing, so
/// the passes are cheap to get wrong.
/// </summary>
/// <param name="Reads">After activation: the settling reads.</param>
/// <param name="OwedReadDelay">After a write whose outcome is unknown: the read that counts it if it committed.</param>
public sealed record QuestionSettling(ImmutableArray<TimeSpan> Reads, TimeSpan OwedReadDelay)
{
    public static QuestionSettling Default { get; } =
        new([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60)], TimeSpan.FromSeconds(5));
}
