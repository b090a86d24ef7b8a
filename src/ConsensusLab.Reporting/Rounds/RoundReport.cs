using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>Figures of a question's rounds, recomputed from its ledger entries (rounds need raw answers).</summary>
public static class RoundReport
{
    /// <summary>The distribution of one round's current answers, per group and overall, with the session's meter settings.</summary>
    public static RoundDistribution Distribution(IEnumerable<LedgerRecord> questionLedger, QuestionDefinition question,
        ImmutableArray<string> groups, int round, int privacyThreshold, MeterOptions options)
    {
        var tally = RoundTally(CurrentAnswers(AnswerReplay.Replay(questionLedger), round), question, groups);
        var meters = PrivateMeters.Compute(tally, Weighting.EqualFooting, privacyThreshold, options);
        return new RoundDistribution(round, meters.Overall, meters.Groups);
    }

    /// <summary>The shift from round <paramref name="toRound"/> − 1 to <paramref name="toRound"/>.</summary>
    /// <param name="groups">The question's groups, in tally order.</param>
    /// <param name="schemes">The session's weightings (<see cref="Weighting.Schemes"/>): equal footing, headcount, custom.</param>
    public static RoundShift Shift(IEnumerable<LedgerRecord> questionLedger, QuestionDefinition question, ImmutableArray<string> groups,
        int toRound, IReadOnlyList<Weighting> schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        var replayed = AnswerReplay.Replay(questionLedger);
        var before = CurrentAnswers(replayed, toRound - 1);
        var after = CurrentAnswers(replayed, toRound);
        var participants = before.Keys.Union(after.Keys).ToList();
        var (tallyBefore, tallyAfter) = (RoundTally(before, question, groups), RoundTally(after, question, groups));
        var netChanges = schemes.Select(w => NetChangeOf(tallyBefore, tallyAfter, w)).ToList();
        var weighted = new SchemeNetChanges(netChanges[0], netChanges[1], netChanges[2]);
        switch (question.Kind)
        {
            case QuestionKind.Likert:
                var ordinal = RoundChange.OfOrdinal(QuestionScale.Of(question), [.. participants.Select(p =>
                    new AnswerPair<int>(before.GetValueOrDefault(p).Answer?.Choice, after.GetValueOrDefault(p).Answer?.Choice))]);
                return new RoundShift(toRound - 1, toRound, ordinal.NetChange, null, ordinal.Pairs, ordinal.ShareMoved, ordinal.McNemar?.PValue, null, weighted);
            case QuestionKind.Position:
                var position = RoundChange.OfPosition([.. participants.Select(p =>
                    new AnswerPair<double>(before.GetValueOrDefault(p).Answer?.Position, after.GetValueOrDefault(p).Answer?.Position))]);
                return new RoundShift(toRound - 1, toRound, null, position.NetChange, position.Pairs, position.ShareMoved, null, position.Wilcoxon?.PValue, weighted);
            default:
                var pairs = participants.Count(p => before.ContainsKey(p) && after.ContainsKey(p));
                var moved = participants.Count(p => before.TryGetValue(p, out var b) && after.TryGetValue(p, out var a)
                    && !QuestionScale.Cells(question, b.Answer).SequenceEqual(QuestionScale.Cells(question, a.Answer)));
                return new RoundShift(toRound - 1, toRound, null, null, pairs, pairs > 0 ? (double)moved / pairs : null, null, null, weighted);
        }
    }

    /// <summary>The overall meter of the later round minus the earlier one's under one weighting.</summary>
    private static NetChange NetChangeOf(TallySnapshot before, TallySnapshot after, Weighting weighting)
    {
        // The overall figures keep every respondent whatever the privacy threshold, so no threshold is needed here.
        var (from, to) = (MeterCalculator.Compute(before, weighting).Overall, MeterCalculator.Compute(after, weighting).Overall);
        return new NetChange(to.Agree?.Estimate - from.Agree?.Estimate, to.Position?.Mean - from.Position?.Mean);
    }

    private static TallySnapshot RoundTally(Dictionary<string, (string Group, AnswerValue Answer)> answers, QuestionDefinition question,
        ImmutableArray<string> groups)
    {
        var tally = new QuestionTally(QuestionScale.Of(question), groups);
        foreach (var (group, answer) in answers.Values)
            if (groups.IndexOf(group) is var index and >= 0)
                tally.Add(index, QuestionScale.Cells(question, answer));
        return tally.Snapshot(0);
    }

    /// <summary>Each participant's current answer in the round (participants who withdrew left out).</summary>
    private static Dictionary<string, (string Group, AnswerValue Answer)> CurrentAnswers(IReadOnlyList<ReplayedAnswer> replayed, int round) =>
        replayed
            .Where(a => a.Status == AnswerStatus.Current && a.Record.Entry.Round == round)
            .ToDictionary(a => a.Record.Entry.ParticipantId, a => (a.Record.Entry.GroupCode, a.Answer!), StringComparer.Ordinal);
}
