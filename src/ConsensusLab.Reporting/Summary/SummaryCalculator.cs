using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// Rebuilds each question's tally from the current answers, as its grain does on activation, and computes the
/// meters under every scheme: the export does not depend on any grain being active or on its live state.
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
        var options = archive.Session.MeterSettings.ToOptions();

        return [.. definition.Questions.Select(question =>
        {
            var answers = current[question.Id].ToList();
            // Only the latest round counts, as in the question grain; earlier rounds stay in answers.csv.
            var round = answers.Count == 0 ? 1 : answers.Max(a => a.Record.Entry.Round);
            var tally = Tally(question, groups, answers.Where(a => a.Record.Entry.Round == round));
            return new QuestionSummary(question.Id, question.Kind, question.Prompt,
                question.Options.IsDefault ? [] : question.Options, question.Axis, round,
                [.. schemes.Select(w => PrivateMeters.Compute(tally, w, archive.Session.Definition.PrivacyThreshold, options))]);
        })];
    }

    private static TallySnapshot Tally(QuestionDefinition question, ImmutableArray<string> groups, IEnumerable<ReplayedAnswer> answers)
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
