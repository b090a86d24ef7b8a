using BenchmarkDotNet.Attributes;
using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>
/// The background recompute of a large deliberation: 10,000 participants × 500 statements, about 1,000,000 votes,
/// sparse as in a real room (most participants vote on a few dozen statements, a few on hundreds; mean 100). Four
/// planted opinion groups, each with its own stance on every statement, followed with probability 0.7 (otherwise
/// agree / disagree / pass at random). Target: opinion groups recomputed in under 1 s on one thread.
/// </summary>
[MemoryDiagnoser]
public class DeliberationBenchmarks
{
    private const int Participants = 10_000;
    private const int Statements = 500;
    private const int PlantedGroups = 4;

    private List<StatementVote> _votes = null!;
    private VoteMatrix _matrix = null!;
    private OpinionGroupResult _previous = null!;
    private Dictionary<string, string> _declared = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2014);
        var stances = new int[PlantedGroups, Statements];
        for (var g = 0; g < PlantedGroups; g++)
        {
            for (var s = 0; s < Statements; s++)
            {
                stances[g, s] = random.Next(2) == 0 ? 1 : -1;
            }
        }

        _votes = [];
        _declared = [];
        var order = Enumerable.Range(0, Statements).ToArray();
        for (var p = 0; p < Participants; p++)
        {
            var id = $"participant-{p:D5}";
            var group = random.Next(PlantedGroups);
            _declared[id] = SampleData.Groups[random.Next(SampleData.Groups.Length)];

            // Exponential with mean 100, at least 1, at most every statement: a long tail of keen participants.
            var count = Math.Clamp((int)(-100 * Math.Log(1 - random.NextDouble())), 1, Statements);
            for (var i = 0; i < count; i++)
            {
                var j = random.Next(i, Statements);
                (order[i], order[j]) = (order[j], order[i]);
                var vote = random.NextDouble() < 0.7 ? stances[group, order[i]] : random.Next(3) - 1;
                _votes.Add(new StatementVote(id, order[i], vote));
            }
        }

        _matrix = VoteMatrix.From(_votes);
        _previous = OpinionGroups.Compute(_matrix, OpinionGroupOptions.Default, null);
    }

    /// <summary>The recompute the question grain runs while votes arrive: PCA, clustering, labels, representative and consensus statements.</summary>
    [Benchmark]
    public int OpinionGroupsRecomputed() => OpinionGroups.Compute(_matrix, OpinionGroupOptions.Default, _previous).GroupCount;

    /// <summary>Building the sparse matrix from the latest votes.</summary>
    [Benchmark]
    public int VoteMatrixBuilt() => VoteMatrix.From(_votes).VoteCount;

    /// <summary>Bridging statements over the six declared groups, equal footing.</summary>
    [Benchmark]
    public int BridgingRanked() => BridgingStatements.Rank(_matrix, _declared, Weighting.EqualFooting).Length;
}
