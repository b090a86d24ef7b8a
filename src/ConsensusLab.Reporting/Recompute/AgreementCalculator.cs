using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// Krippendorff's alpha with Likert questions as units and participants as coders, over the Likert questions that share
/// the most common number of points (alpha needs one scale); null with fewer than two such questions.
/// </summary>
internal static class AgreementCalculator
{
    /// <param name="questions">The candidate questions; those that are not Likert are left out.</param>
    /// <param name="answers">The current answers that count: one round's, or each question's latest round's.</param>
    public static AgreementAcrossQuestions? Of(IEnumerable<QuestionSummary> questions, IEnumerable<ReplayedAnswer> answers)
    {
        var likert = questions.Where(q => q.Kind == QuestionKind.Likert).GroupBy(q => q.Options.Length)
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.Select(q => q.Id).ToList();
        if (likert is not { Count: >= 2 })
            return null;
        var byParticipant = answers.Where(a => likert.Contains(a.Record.Entry.QuestionId))
            .GroupBy(a => a.Record.Entry.ParticipantId)
            .Select(p => (IReadOnlyList<int?>)[.. likert.Select(id => p.FirstOrDefault(a => a.Record.Entry.QuestionId == id)?.Answer?.Choice)])
            .ToList();
        return new AgreementAcrossQuestions([.. likert], byParticipant.Count,
            KrippendorffAlpha.Nominal(byParticipant), KrippendorffAlpha.Ordinal(byParticipant));
    }
}
