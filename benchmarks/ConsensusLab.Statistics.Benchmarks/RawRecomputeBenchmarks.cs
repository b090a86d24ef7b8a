using BenchmarkDotNet.Attributes;

namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>
/// Each statistic recomputed from the 1,000,000 raw rows of <see cref="RawRows"/>, the same workloads that
/// benchmarks/scipy/recompute_1m.py times with SciPy: the two outputs are compared statistic by statistic.
/// </summary>
[MemoryDiagnoser]
public class RawRecomputeBenchmarks
{
    private RawRows _rows = null!;
    private bool[] _agree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rows = RawRows.Instance;
        _agree = new bool[RawRows.Rows];
        Console.WriteLine($"// check ChiSquare {ChiSquare():G12} JensenShannon {JensenShannonBits():G12} AgreementShare {AgreementShare():G12} "
            + $"KruskalWallis {KruskalWallis():G12} KendallW {KendallW():G12} PositionSummary {PositionSummary():G12} WeightedMedian {WeightedMedian():G12}");
    }

    [Benchmark]
    public double ChiSquare() =>
        IndependenceTest.Of(AnswerCounts.Table(_rows.Group, _rows.Likert, RawRows.Groups, RawRows.Points))!.Test.Statistic;

    [Benchmark]
    public double JensenShannonBits()
    {
        var (distributions, totals) = AnswerCounts.Rows(AnswerCounts.Table(_rows.Group, _rows.Likert, RawRows.Groups, RawRows.Points));
        return JensenShannon.Bits(distributions, totals)!.Value;
    }

    /// <summary>The weighted share in the top two points with its linearisation SE.</summary>
    [Benchmark]
    public double AgreementShare()
    {
        var likert = _rows.Likert;
        for (var i = 0; i < likert.Length; i++)
        {
            _agree[i] = likert[i] >= RawRows.Points - 2;
        }

        var share = Linearisation.Proportion(_agree, _rows.Weight);
        return share.Estimate!.Value + share.StandardError!.Value;
    }

    [Benchmark]
    public double KruskalWallis() => ExactKruskalWallis.Test(_rows.Position, _rows.Group)!.Statistic;

    [Benchmark]
    public double KendallW() => Statistics.KendallW.FromRankings(_rows.Scores)!.W;

    [Benchmark]
    public double PositionSummary()
    {
        var summary = ExactPositions.Summarise(_rows.Position, _rows.Weight, QuantileRule.SurveyHf7, EstebanRay.DefaultAlpha);
        return summary.Mean!.Value + summary.PopulationVariance!.Value + summary.SurveyVariance!.Value + summary.LowerQuartile!.Value
            + summary.Median!.Value + summary.UpperQuartile!.Value + summary.Polarization!.Value;
    }

    [Benchmark]
    public double WeightedMedian() => ExactQuantile.Of(_rows.Position, _rows.Weight, 0.5, QuantileRule.SurveyHf7)!.Value;
}
