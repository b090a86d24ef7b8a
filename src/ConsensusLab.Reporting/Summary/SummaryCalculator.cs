using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// Rebuilds each question's tally from the current answers, as its grain does on activation, and computes the
/// meters under every scheme, round by round: the export does not depend on any grain being active or on its live state.
/// </summary>
internal static class SummaryCalculator
{
    public static ImmutableArray<QuestionSummary> Questions(SessionArchive archive)
    {
        var definition = archive.Session.Definition;
        var groups = definition.Groups.Select(g => g.Code).ToImmutableArray();
        var current = AnswerReplay.Replay(archive.Ledger).Where(a => a.Status == AnswerStatus.Current)
            .ToLookup(a => a.Record.Entry.QuestionId, StringComparer.Ordinal);
        var schemes = Weighting.Schemes(archive.GroupWeights, archive.Session.OtherGroups);
        var threshold = definition.PrivacyThreshold;
        var options = archive.Session.MeterSettings.ToOptions();
        var survey = SurveyContext.Of(archive);

        return [.. definition.Questions.Select(question =>
        {
            var answers = current[question.Id].ToList();
            // Each round on its own, as the question grain counted it while the round was open; 1 before any answer.
            var rounds = answers.Select(a => a.Record.Entry.Round).Distinct().Order().DefaultIfEmpty(1).Select(round =>
            {
                var inRound = answers.Where(a => a.Record.Entry.Round == round).ToList();
                var tally = Tally(question, groups, inRound);
                return new RoundMeters(round, [.. schemes.Select(w => PrivateMeters.Compute(tally, w, threshold, options))])
                {
                    Tally = tally,
                    Survey = SurveyCalculator.Compute(question, inRound, survey),
                };
            }).ToImmutableArray();
            // A statements question is summarised as every current vote, disagree / pass / agree; its statements have their own files.
            var categories = question.Kind == QuestionKind.Statements ? QuestionCodes.VoteLabels : question.Options.IsDefault ? [] : question.Options;
            return new QuestionSummary(question.Id, question.Kind, question.Prompt, categories, question.Axis, rounds[^1].Round, rounds[^1].Meters) { Rounds = rounds };
        })];
    }

    /// <summary>The tally of the answers given, as the question grain counts them.</summary>
    internal static TallySnapshot Tally(QuestionDefinition question, ImmutableArray<string> groups, IEnumerable<ReplayedAnswer> answers)
    {
        var tally = new QuestionTally(QuestionScale.Of(question), groups);
        long version = 0;
        foreach (var answer in answers)
        {
            var group = groups.IndexOf(answer.Record.Entry.GroupCode);
            // The grain skips answers from a group the question does not know; so does the export.
            if (group < 0)
                continue;
            tally.Add(group, QuestionScale.Cells(question, answer.Answer!));
            version = Math.Max(version, answer.Record.Sequence);
        }
        return tally.Snapshot(version);
    }
}
