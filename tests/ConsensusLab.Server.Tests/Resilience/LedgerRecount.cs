namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>
/// The headcount tally of choice questions recomputed from ledger rows, independently of the server: a participant's
/// answer with the highest sequence in the round counts, in the group that answer was given from; a participant with a
/// withdrawal entry for the question counts nowhere, whatever they answered before or after it.
/// </summary>
internal static class LedgerRecount
{
    /// <summary>Per group code, how many current answers chose each option.</summary>
    public static IReadOnlyDictionary<string, long[]> Count(IEnumerable<LedgerRow> rows, string questionId, int options, int round = 1)
    {
        var ofQuestion = rows.Where(r => r.QuestionId == questionId).ToList();
        var withdrawn = ofQuestion.Where(r => r.IsWithdrawal).Select(r => r.ParticipantId).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var current = ofQuestion
            .Where(r => !r.IsWithdrawal && r.Round == round && !withdrawn.Contains(r.ParticipantId))
            .GroupBy(r => r.ParticipantId, StringComparer.Ordinal)
            .Select(answers => answers.MaxBy(r => r.Sequence)!);
        foreach (var answer in current)
        {
            if (!counts.TryGetValue(answer.GroupCode, out var cells))
                counts[answer.GroupCode] = cells = new long[options];
            cells[answer.Choice]++;
        }
        return counts;
    }
}
