using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// A linked question compared across the sessions that asked it, in date order (statistics.md, "Comparisons across
/// sessions"): each session's figure per group and overall under every scheme, and each change from one session to
/// the next with its interval and test.
/// </summary>
/// <param name="Series">The series name the questions are linked by.</param>
/// <param name="Kind">Likert or position.</param>
/// <param name="Measure">Share agreeing (Likert) or mean position.</param>
/// <param name="Confidence">The level of every interval: the confidence setting of the session the comparison was asked from.</param>
/// <param name="Sessions">The sessions compared, in date order.</param>
/// <param name="Schemes">The figures under each weighting scheme.</param>
/// <param name="WithheldSessions">Sessions linked to the series whose figures the reader may not see (no key given for them).</param>
public sealed record SeriesComparison(string Series, QuestionKind Kind, ComparedMeasure Measure, double Confidence,
    ImmutableArray<SeriesSession> Sessions, ImmutableArray<SchemeComparison> Schemes, int WithheldSessions)
{
    /// <summary>Compares the questions, each on its session's last round with answers, its weights and privacy threshold.</summary>
    /// <exception cref="ArgumentException">The questions' scales cannot be compared.</exception>
    public static SeriesComparison Of(string series, IReadOnlyList<LinkedQuestion> questions, double confidence, int withheldSessions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var ordered = questions.OrderBy(q => q.Archive.Session.HeldOn).ThenBy(q => q.Archive.Session.Code, StringComparer.Ordinal).ToArray();
        var compared = ordered.Select(Compared).ToArray();
        var kind = ordered[0].Question.Kind;
        return new SeriesComparison(series, kind, QuestionComparison.MeasureOf(compared[0].Session.Tally.Scale)
                ?? throw new ArgumentException($"{kind} questions are not compared across sessions.", nameof(questions)),
            confidence, [.. compared.Select(c => c.Info)], QuestionComparison.Compare([.. compared.Select(c => c.Session)], confidence), withheldSessions);
    }

    private static (SeriesSession Info, ComparedSession Session) Compared(LinkedQuestion linked)
    {
        var (archive, question) = linked;
        var session = archive.Session;
        var current = AnswerReplay.Replay(archive.Ledger.Where(r => r.Entry.QuestionId == question.Id))
            .Where(a => a.Status == AnswerStatus.Current).ToList();
        var round = current.Select(a => a.Record.Entry.Round).DefaultIfEmpty(1).Max();
        var groups = session.Definition.Groups.Select(g => g.Code).ToImmutableArray();
        var tally = SummaryCalculator.Tally(question, groups, current.Where(a => a.Record.Entry.Round == round));
        return (new SeriesSession(session.Code, session.Definition.Title, session.HeldOn, question.Id, question.Prompt, round, session.Weighting),
            new ComparedSession(session.Code, tally, Weighting.Schemes(archive.GroupWeights, session.OtherGroups), session.Definition.PrivacyThreshold));
    }

    /// <summary>Whether two questions can be linked: the same kind, Likert or position, and as many Likert points.</summary>
    public static bool Comparable(QuestionDefinition first, QuestionDefinition second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return QuestionComparison.Comparable(QuestionScale.Of(first), QuestionScale.Of(second));
    }
}
