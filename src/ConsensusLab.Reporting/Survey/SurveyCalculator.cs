using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// A question round's figures from the raw answers: per respondent weights under each group scheme and, when the
/// moderator asks for it, raked; linearisation SEs, design effects and intervals; exact position summaries; quartiles
/// of R types 2, 6 and 7; Kruskal–Wallis on exact answers, and under each weighting the Rao–Scott tests and the
/// design-based Kruskal–Wallis. Weights are normalised to sum to n, the round's respondents; answers.csv writes them.
/// </summary>
internal static class SurveyCalculator
{
    private static readonly SampleQuantileType[] QuartileTypes = [SampleQuantileType.Type2, SampleQuantileType.Type6, SampleQuantileType.Type7];

    public static RoundSurvey Compute(QuestionDefinition question, IEnumerable<ReplayedAnswer> answers, SurveyContext context)
    {
        var groupCodes = context.Groups.Select(g => g.Code).ToList();
        // The grain skips answers from a group the question does not know; so do these figures.
        var counted = answers.Where(a => groupCodes.Contains(a.Record.Entry.GroupCode)).ToList();
        var respondents = counted.Select(a => context.Respondent(a.Record.Entry.ParticipantId, a.Record.Entry.GroupCode)).ToList();
        var values = counted.Select(a => Value(question, a.Answer!)).ToArray();
        var categories = counted.Select(a => Category(question, a.Answer!)).ToArray();

        var weightings = context.Schemes
            .Select(scheme => (ReportNames.Of(scheme.Scheme), SchemeWeights.For(scheme, respondents).NormalisedToCount()))
            .ToList();
        RakingOutcome? raking = null;
        if (context.Raking.Enabled)
        {
            var (raked, outcome) = RoomRaking.Rake(respondents, context.Raking);
            raking = outcome;
            if (raked is not null)
                weightings.Add((WeightingFigures.Raked, raked));
        }

        var rounds = new SurveyRound(question, respondents, values, categories, context);
        return new RoundSurvey([.. weightings.Select(w => rounds.Figures(w.Item1, [.. w.Item2.Weights]))],
            rounds.KruskalWallis(), raking) { Sequences = [.. counted.Select(a => a.Record.Sequence)] };
    }

    // Likert: the point 1..k; position: the exact position; other kinds have no value these figures use.
    private static double Value(QuestionDefinition question, AnswerValue answer) => question.Kind switch
    {
        QuestionKind.Likert => answer.Choice!.Value + 1,
        QuestionKind.Position => answer.Position!.Value,
        _ => 0,
    };

    // The answer category the Rao–Scott test crosses with the group, as the live independence test bins it; null where
    // there is none (multiple choice ticks several, a statements question has a vote per statement).
    private static int? Category(QuestionDefinition question, AnswerValue answer) => question.Kind switch
    {
        QuestionKind.Likert or QuestionKind.SingleChoice => answer.Choice,
        QuestionKind.Position => PositionBins.BinOf(Scale.PositionCell(answer.Position!.Value)),
        QuestionKind.Ranking => answer.Ranking![0],
        _ => null,
    };

    /// <summary>One round's respondents, with what every weighting's figures need.</summary>
    private sealed class SurveyRound(QuestionDefinition question, List<RespondentProfile> respondents, double[] values, int?[] categories,
        SurveyContext context)
    {
        // Unweighted, so the same under every weighting: sorted once per group, not once per weighting.
        private readonly Dictionary<string, ImmutableArray<DelphiQuartiles>> _quartiles = new(StringComparer.Ordinal);

        private int Points => question.Options.Length;

        public WeightingFigures Figures(string weighting, double[] weights)
        {
            var all = Enumerable.Range(0, respondents.Count).ToArray();
            var groups = context.Groups.Select(g =>
            {
                var members = all.Where(i => respondents[i].Group == g.Code).ToArray();
                return members.Length > 0 && members.Length < context.PrivacyThreshold
                    ? SurveyGroupFigures.SuppressedFor(g.Code)
                    : Group(g.Code, members, weights);
            });
            var (members, groupIndex) = Compared();
            var comparedWeights = members.Select(i => weights[i]).ToArray();
            return new WeightingFigures(weighting, [Group(Statistics.GroupMeter.OverallGroup, all, weights), .. groups])
            {
                Weights = [.. weights],
                RaoScott = categories.Any(c => c is null) ? null
                    : SurveyChiSquare.Test(groupIndex, [.. members.Select(i => categories[i]!.Value)], comparedWeights),
                DesignKruskalWallis = IsOrdered ? SurveyRankTest.KruskalWallis([.. members.Select(i => values[i])], groupIndex, comparedWeights) : null,
            };
        }

        /// <summary>Unweighted, as R's kruskal.test.</summary>
        public ChiSquareTest? KruskalWallis()
        {
            if (!IsOrdered)
                return null;
            var (members, groupIndex) = Compared();
            return ExactKruskalWallis.Test([.. members.Select(i => values[i])], groupIndex);
        }

        private bool IsOrdered => question.Kind is QuestionKind.Likert or QuestionKind.Position;

        /// <summary>The respondents of the groups the meters compare (present, not withheld, stakeholder groups), with their group's index.</summary>
        private (int[] Members, int[] Groups) Compared()
        {
            var compared = context.Groups.Select(g => g.Code)
                .Where(code => context.Other.IsStakeholderGroup(code) && respondents.Count(r => r.Group == code) >= context.PrivacyThreshold)
                .ToList();
            var members = Enumerable.Range(0, respondents.Count).Where(i => compared.Contains(respondents[i].Group)).ToArray();
            return (members, [.. members.Select(i => compared.IndexOf(respondents[i].Group))]);
        }

        private SurveyGroupFigures Group(string code, int[] members, double[] allWeights)
        {
            var weights = members.Select(i => allWeights[i]).ToArray();
            var own = members.Select(i => values[i]).ToArray();
            var total = weights.Sum();
            var squares = weights.Sum(w => w * w);
            double? effectiveN = squares > 0 ? total * total / squares : null;
            var figures = new SurveyGroupFigures(code, members.Length, total, effectiveN, Kish.DesignEffect(members.Length, effectiveN));
            var options = context.Options;
            return question.Kind switch
            {
                QuestionKind.Likert => figures with
                {
                    Agree = Share([.. own.Select(point => point >= Points - 1)], weights, options.Confidence),
                    Quartiles = QuartilesOf(code, own, concentrated: q => q.IsConcentrated(options.DelphiRule, Points)),
                },
                QuestionKind.Position => figures with
                {
                    MeanPosition = Linearisation.Mean(own, weights),
                    ExactPosition = ExactPositions.Summarise(own, weights, QuantileRule.SurveyHf7, options.EstebanRayAlpha),
                    Quartiles = QuartilesOf(code, own, concentrated: _ => null),
                },
                _ => figures,
            };
        }

        private static SurveyShare Share(bool[] yes, double[] weights, double confidence)
        {
            var estimate = Linearisation.Proportion(yes, weights);
            return new SurveyShare(estimate, SurveyProportion.Intervals(estimate, confidence));
        }

        private ImmutableArray<DelphiQuartiles> QuartilesOf(string group, double[] answers, Func<Quartiles, bool?> concentrated)
        {
            if (!_quartiles.TryGetValue(group, out var quartiles))
            {
                quartiles = [.. QuartileTypes.Select(type => Statistics.Quartiles.Of(answers, type)).OfType<Quartiles>()
                    .Select(q => new DelphiQuartiles(q, concentrated(q)))];
                _quartiles[group] = quartiles;
            }
            return quartiles;
        }
    }
}
