using BenchmarkDotNet.Attributes;

namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>
/// The "recompute" view from 1,000,000 raw answers: 200,000 participants in 6 groups answering 5 Likert questions
/// (5 points). One run tallies every question, computes its meters under all three schemes, Krippendorff's alpha
/// (nominal and ordinal) across the questions, and the round-to-round change treating questions 1 and 2 as two
/// rounds of one question (target: under 500 ms on one thread).
/// </summary>
[MemoryDiagnoser]
public class RecomputeBenchmarks
{
    private const int Participants = 200_000;
    private const int Questions = 5;
    private static readonly Scale Likert = new(ScaleKind.Ordinal, 5);
    private static readonly Weighting Custom = new(WeightingScheme.Custom, new Dictionary<string, double> { ["GOV"] = 2 });

    private int[] _groups = null!;
    private int?[][] _answers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2005);
        _groups = new int[Participants];
        _answers = new int?[Participants][];
        for (var p = 0; p < Participants; p++)
        {
            _groups[p] = random.Next(SampleData.Groups.Length);
            _answers[p] = new int?[Questions];
            for (var q = 0; q < Questions; q++)
            {
                // Each group leans its own way so that the tests have something to find.
                _answers[p][q] = Math.Clamp(_groups[p] % 5 + random.Next(-2, 3), 0, 4);
            }
        }
    }

    [Benchmark]
    public int FullRecompute()
    {
        var results = 0;
        for (var q = 0; q < Questions; q++)
        {
            var tally = new QuestionTally(Likert, SampleData.Groups);
            for (var p = 0; p < Participants; p++)
            {
                tally.Add(_groups[p], [_answers[p][q]!.Value]);
            }

            var snapshot = tally.Snapshot(1);
            results += MeterCalculator.Compute(snapshot, Weighting.EqualFooting).CrossGroup.GroupsPresent;
            results += MeterCalculator.Compute(snapshot, Weighting.Headcount).CrossGroup.GroupsPresent;
            results += MeterCalculator.Compute(snapshot, Custom).CrossGroup.GroupsPresent;
        }

        results += KrippendorffAlpha.Nominal(_answers) > 0 ? 1 : 0;
        results += KrippendorffAlpha.Ordinal(_answers) > 0 ? 1 : 0;
        var pairs = new AnswerPair<int>[Participants];
        for (var p = 0; p < Participants; p++)
        {
            pairs[p] = new AnswerPair<int>(_answers[p][0], _answers[p][1]);
        }

        results += RoundChange.OfOrdinal(Likert, pairs).Pairs;
        var positions = new AnswerPair<double>[Participants];
        for (var p = 0; p < Participants; p++)
        {
            positions[p] = new AnswerPair<double>((_answers[p][0]!.Value - 2) / 2.0, (_answers[p][1]!.Value - 2) / 2.0);
        }

        return results + RoundChange.OfPosition(positions).Pairs;
    }
}
