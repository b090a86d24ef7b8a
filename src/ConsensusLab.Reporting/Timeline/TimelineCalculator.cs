using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// The agreement (Likert) or mean position (position axis) of a question over a round, replayed from the ledger in
/// sequence order as the question grain counted it: a participant's later answer replaces the earlier one, a
/// withdrawal takes their answer out, and each change gives a point computed the way the summary computes its meters
/// (every weighting scheme, the session's custom weights). The last point is therefore the summary's figure.
/// </summary>
public static class TimelineCalculator
{
    /// <summary>At most this many points a round: enough for a chart and a spreadsheet, cheap to compute.</summary>
    public const int MaxPoints = 240;

    /// <summary>Whether questions of this kind have a timeline.</summary>
    public static bool HasTimeline(QuestionKind kind) => kind is QuestionKind.Likert or QuestionKind.Position;

    /// <summary>Every round with answers of every question that has a timeline, in the session's order.</summary>
    public static ImmutableArray<QuestionTimeline> Of(SessionArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var byQuestion = archive.Ledger.ToLookup(r => r.Entry.QuestionId, StringComparer.Ordinal);
        return [.. archive.Session.Definition.Questions
            .Where(q => HasTimeline(q.Kind))
            .SelectMany(q => byQuestion[q.Id]
                .Where(r => r.Entry.Kind == LedgerEntryKind.Answer)
                .Select(r => r.Entry.Round)
                .Distinct()
                .Order()
                .Select(round => Of(archive.Session, archive.GroupWeights, q, round, byQuestion[q.Id])))];
    }

    /// <summary>One round of one question, from that question's ledger entries (others are ignored).</summary>
    public static QuestionTimeline Of(SessionSnapshot session, IReadOnlyDictionary<string, double> customWeights,
        QuestionDefinition question, int round, IEnumerable<LedgerRecord> ledger)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(question);
        if (!HasTimeline(question.Kind))
            throw new ArgumentException($"A {question.Kind} question has no timeline.", nameof(question));
        var entries = AnswerReplay.Replay(ledger.Where(r => r.Entry.QuestionId == question.Id));
        var groups = session.Definition.Groups.Select(g => g.Code).ToImmutableArray();
        Weighting[] schemes = [Weighting.EqualFooting, Weighting.Headcount, new Weighting(WeightingScheme.Custom, customWeights)];
        var options = session.MeterSettings.ToOptions();
        var figure = question.Kind == QuestionKind.Likert ? TimelineFigure.Agree : TimelineFigure.PositionMean;

        // First the moments the count changed, then the figures at the ones kept: the replay is cheap, the meters are not.
        var changes = Replay(question, groups, round, entries).Select(c => c.Record.Entry.RecordedAt).ToList();
        var kept = Kept(changes);
        var points = ImmutableArray.CreateBuilder<TimelinePoint>(kept.Count);
        var latest = DateTimeOffset.MinValue;
        var index = 0;
        foreach (var (record, tally) in Replay(question, groups, round, entries))
        {
            latest = record.Entry.RecordedAt > latest ? record.Entry.RecordedAt : latest;
            if (!kept.Contains(index++))
                continue;
            var snapshot = tally.Snapshot(record.Sequence);
            var values = schemes.Select(w => Value(figure, PrivateMeters.Compute(snapshot, w, session.Definition.PrivacyThreshold, options).Overall)).ToArray();
            points.Add(new TimelinePoint(record.Sequence, latest, snapshot.Groups.Sum(g => g.Respondents),
                new SchemeFigures(values[0], values[1], values[2])));
        }
        return new QuestionTimeline(question.Id, question.Kind, round, figure, changes.Count, points.MoveToImmutable());
    }

    /// <summary>
    /// The tally after each entry that changed it. Answers of other rounds and of groups the session does not know are
    /// skipped (as the grain and the summary skip them); a withdrawal, whatever its round, takes the participant out.
    /// </summary>
    private static IEnumerable<(LedgerRecord Record, QuestionTally Tally)> Replay(QuestionDefinition question, ImmutableArray<string> groups,
        int round, IReadOnlyList<ReplayedAnswer> entries)
    {
        var tally = new QuestionTally(QuestionScale.Of(question), groups);
        var current = new Dictionary<string, (int Group, int[] Cells)>(StringComparer.Ordinal);
        var withdrawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (record, answer, _) in entries)
        {
            var participant = record.Entry.ParticipantId;
            var held = current.TryGetValue(participant, out var before);
            if (record.Entry.Kind == LedgerEntryKind.Withdrawal)
            {
                withdrawn.Add(participant);
                if (!held)
                    continue;
                tally.Remove(before.Group, before.Cells);
                current.Remove(participant);
                yield return (record, tally);
                continue;
            }
            var group = groups.IndexOf(record.Entry.GroupCode);
            if (record.Entry.Round != round || group < 0 || withdrawn.Contains(participant))
                continue;
            if (held)
                tally.Remove(before.Group, before.Cells);
            var cells = QuestionScale.Cells(question, answer!);
            tally.Add(group, cells);
            current[participant] = (group, cells);
            yield return (record, tally);
        }
    }

    /// <summary>
    /// Which changes get a point: all of them up to <see cref="MaxPoints"/>; beyond, the last change within each of
    /// <see cref="MaxPoints"/> equal stretches between the first and the last change.
    /// </summary>
    private static HashSet<int> Kept(List<DateTimeOffset> changes)
    {
        if (changes.Count <= MaxPoints)
            return [.. Enumerable.Range(0, changes.Count)];
        var first = changes[0];
        var span = Math.Max(1, (changes.Max() - first).Ticks);
        var latest = first;
        var stretches = new int[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            latest = changes[i] > latest ? changes[i] : latest;
            stretches[i] = (int)Math.Min(MaxPoints - 1, (latest - first).Ticks * MaxPoints / span);
        }
        return [.. Enumerable.Range(0, changes.Count).Where(i => i == changes.Count - 1 || stretches[i + 1] != stretches[i])];
    }

    private static double? Value(TimelineFigure figure, GroupMeter overall)
    {
        var value = figure == TimelineFigure.Agree ? overall.Agree?.Estimate : overall.Position?.Mean;
        return value is { } v && double.IsFinite(v) ? v : null;
    }
}
