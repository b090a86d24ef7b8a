using BenchmarkDotNet.Attributes;

namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>One answer counted and uncounted (target: under 100 ns, no allocation).</summary>
[MemoryDiagnoser]
public class TallyBenchmarks
{
    private static readonly int[] Likert = [5];
    private static readonly int[] Ranking = [0, 6, 12, 18, 24];
    private QuestionTally _likert = null!;
    private QuestionTally _ranking = null!;

    [GlobalSetup]
    public void Setup()
    {
        _likert = new QuestionTally(new Scale(ScaleKind.Ordinal, 7), SampleData.Groups);
        _ranking = new QuestionTally(new Scale(ScaleKind.Ranking, 5), SampleData.Groups);
    }

    [Benchmark]
    public void LikertAddRemove()
    {
        _likert.Add(3, Likert);
        _likert.Remove(3, Likert);
    }

    [Benchmark]
    public void RankingAddRemove()
    {
        _ranking.Add(2, Ranking);
        _ranking.Remove(2, Ranking);
    }
}
