using ConsensusLab.CrowdSimulator.Api;

namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>
/// One simulated participant: joins at its time, answers each open question after a moment's thought, and one in
/// ten changes an answer later; it stops at the end of the run.
/// </summary>
/// <param name="joinAt">When to join, from the start of the run.</param>
/// <param name="pace">The longest time spent on one question; shorter runs think faster.</param>
internal sealed class CrowdMember(Profile profile, TimeSpan joinAt, TimeSpan pace, Random random, Func<IReadOnlyList<QuestionView>> openQuestions,
    ConsensusLabClient client, Tendencies tendencies, Progress progress)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);

    // One in ten changes one answer, some time after joining (between 3 and 8 "paces").
    private readonly TimeSpan? _changeAt = random.NextDouble() < 0.1 ? joinAt + (pace * (3 + (5 * random.NextDouble()))) : null;

    public async Task RunAsync(TimeProvider clock, long start, CancellationToken stop)
    {
        await Task.Delay(joinAt, clock, stop);
        JoinResponse joined;
        try
        {
            joined = await client.JoinAsync(new JoinRequest(Guid.NewGuid(), profile.Group, profile.Country, profile.Attendance,
                profile.Gender, profile.AgeBand), stop);
            progress.CountJoin();
        }
        catch (Exception e) when (Failure(e, stop) is { } kind)
        {
            progress.CountError(kind);
            return;
        }

        var changed = false;
        while (!stop.IsCancellationRequested)
        {
            foreach (var question in openQuestions().Where(q => !_answered.Contains(q.Id)))
            {
                await Task.Delay(Think(), clock, stop);
                if (await AnswerAsync(joined.Token, question, stop))
                    _answered.Add(question.Id);
                if (!changed && clock.GetElapsedTime(start) >= _changeAt)
                    changed = await ChangeAsync(joined.Token, stop);
            }
            if (!changed && clock.GetElapsedTime(start) >= _changeAt)
                changed = await ChangeAsync(joined.Token, stop);
            await Task.Delay(Poll, clock, stop);
        }
    }

    /// <summary>Answers one of the questions already answered (and still open) again, drawn afresh: a change of mind.</summary>
    private async Task<bool> ChangeAsync(string token, CancellationToken stop)
    {
        var candidates = openQuestions().Where(q => _answered.Contains(q.Id)).ToList();
        return candidates.Count > 0 && await AnswerAsync(token, candidates[random.Next(candidates.Count)], stop, change: true);
    }

    private async Task<bool> AnswerAsync(string token, QuestionView question, CancellationToken stop, bool change = false)
    {
        try
        {
            await client.AnswerAsync(token, question.Id, tendencies.Answer(question, profile.Group, random), stop);
            progress.CountAnswer(change);
            return true;
        }
        catch (Exception e) when (Failure(e, stop) is { } kind)
        {
            progress.CountError(kind);
            return false;
        }
    }

    /// <summary>Reading the question and deciding: between a sixth of the pace and the whole of it.</summary>
    private TimeSpan Think() => pace * ((1 + (5 * random.NextDouble())) / 6);

    /// <summary>What went wrong, for the summary; null for the cancellation that ends the run (and for bugs).</summary>
    internal static string? Failure(Exception e, CancellationToken stop) => e switch
    {
        OperationCanceledException when stop.IsCancellationRequested => null,
        OperationCanceledException => "timeout",
        ApiException api => api.Message,
        HttpRequestException http => $"{nameof(HttpRequestException)}: {http.HttpRequestError}",
        System.Text.Json.JsonException => "unreadable response",
        NotSupportedException unsupported => unsupported.Message,
        _ => null,
    };
}
