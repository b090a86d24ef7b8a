using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

/// <summary>
/// Synthetic rooms with planted opinion groups: each group has its own stance (+1 or −1) on every statement; a
/// member sees each statement with probability <c>coverage</c> and votes the group's stance, except that with
/// probability <c>noise</c> the vote is drawn uniformly from agree / disagree / pass.
/// </summary>
internal static class PlantedVotes
{
    public static (List<StatementVote> Votes, Dictionary<string, int> GroupOf) Room(int[] groupSizes, int statements,
        double coverage, double noise, int seed)
    {
        var random = new Random(seed);
        var stances = groupSizes.Select(_ => Enumerable.Range(0, statements).Select(_ => random.Next(2) == 0 ? 1 : -1).ToArray())
            .ToArray();
        var votes = new List<StatementVote>();
        var groupOf = new Dictionary<string, int>();
        var participant = 0;
        for (var g = 0; g < groupSizes.Length; g++)
        {
            for (var m = 0; m < groupSizes[g]; m++, participant++)
            {
                var id = $"p{participant:D4}";
                groupOf[id] = g;
                for (var s = 0; s < statements; s++)
                {
                    if (random.NextDouble() < coverage)
                    {
                        var vote = random.NextDouble() < noise ? random.Next(3) - 1 : stances[g][s];
                        votes.Add(new StatementVote(id, 100 + s, vote));
                    }
                }
            }
        }

        return (votes, groupOf);
    }
}
