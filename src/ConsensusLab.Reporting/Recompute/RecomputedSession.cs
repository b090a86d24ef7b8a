using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// The on-demand "recompute" view: every figure computed again from the ledger, including those that need raw answers
/// and so are never live. <see cref="Source"/> and <see cref="Sources"/> say which is which.
/// </summary>
public sealed record RecomputedSession(string SessionCode, ImmutableArray<RecomputedQuestion> Questions, AgreementAcrossQuestions? Agreement,
    FigureSources Sources)
{
    public string Source { get; init; } = "recomputed";

    public static RecomputedSession Of(SessionArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var summary = SessionSummary.Of(archive);
        var current = AnswerReplay.Replay(archive.Ledger).Where(a => a.Status == AnswerStatus.Current).ToList();
        var questions = summary.Questions.Select(q => new RecomputedQuestion(q.Id, q.Round, q.Meters,
            q.Kind == QuestionKind.Ranking ? KendallW.FromRankings(RankingsOf(current, q.Id, q.Round, q.Options.Length)) : null)
            { Survey = q.Rounds[^1].Survey });
        return new RecomputedSession(archive.Session.Code, [.. questions], AgreementOf(summary, current), FigureSources.All);
    }

    /// <summary>Each participant's ranks (1 = first) of the items, from their current answer.</summary>
    private static List<IReadOnlyList<double>> RankingsOf(List<ReplayedAnswer> current, string questionId, int round, int items) =>
        [.. current.Where(a => a.Record.Entry.QuestionId == questionId && a.Record.Entry.Round == round && a.Answer?.Ranking is not null)
            .Select(a =>
            {
                var ranks = new double[items];
                var ranking = a.Answer!.Ranking!;
                for (var position = 0; position < ranking.Count; position++)
                    ranks[ranking[position]] = position + 1;
                return (IReadOnlyList<double>)ranks;
            })];

    /// <summary>Alpha over each Likert question's latest round.</summary>
    private static AgreementAcrossQuestions? AgreementOf(SessionSummary summary, List<ReplayedAnswer> current) =>
        AgreementCalculator.Of(summary.Questions, current.Where(a => summary.Questions.Any(q => q.Id == a.Record.Entry.QuestionId && q.Round == a.Record.Entry.Round)));
}
