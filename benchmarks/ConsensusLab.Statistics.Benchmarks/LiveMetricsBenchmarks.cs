using BenchmarkDotNet.Attributes;

namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>All live metrics of a 6-group, 7-point question from its tally (target: under 20 µs).</summary>
[MemoryDiagnoser]
public class LiveMetricsBenchmarks
{
    private TallySnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var tally = new QuestionTally(new Scale(ScaleKind.Ordinal, 7), SampleData.Groups);
        var random = new Random(69);
        for (var i = 0; i < 6_000; i++)
        {
            tally.Add(random.Next(SampleData.Groups.Length), [random.Next(7)]);
        }

        _snapshot = tally.Snapshot(1);
    }

    [Benchmark]
    public QuestionMeters EqualFooting() => MeterCalculator.Compute(_snapshot, Weighting.EqualFooting);

    [Benchmark]
    public QuestionMeters Headcount() => MeterCalculator.Compute(_snapshot, Weighting.Headcount);
}
