using ConsensusLab.CrowdSimulator.Api;

namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>
/// The questions open now, refreshed from the server every few seconds so that the crowd follows the moderator
/// opening and closing questions during the run.
/// </summary>
internal sealed class OpenQuestions(SessionView initial, ConsensusLabClient client, Progress progress)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);
    private IReadOnlyList<QuestionView> _open = Open(initial);

    public IReadOnlyList<QuestionView> Current => Volatile.Read(ref _open);

    public async Task FollowAsync(TimeProvider clock, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Refresh, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    Volatile.Write(ref _open, Open(await client.GetSessionAsync(stop)));
                }
                catch (Exception e) when (CrowdMember.Failure(e, stop) is { } kind)
                {
                    progress.CountError($"session refresh: {kind}");
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private static IReadOnlyList<QuestionView> Open(SessionView session) => [.. (session.Questions ?? []).Where(q => q.IsOpen)];
}
