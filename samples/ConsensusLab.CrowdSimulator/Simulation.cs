using ConsensusLab.CrowdSimulator.Api;
using ConsensusLab.CrowdSimulator.Crowd;

namespace ConsensusLab.CrowdSimulator;

/// <summary>
/// One run: reads the session and the country list, plays the crowd for the given duration, prints progress every
/// few seconds and a summary at the end. It always stops by itself: at the end of the duration every participant's
/// pending request is cancelled.
/// </summary>
internal static class Simulation
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(SimulatorOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var client = new ConsensusLabClient(options.Server, options.Session, options.Concurrency);
        var progress = new Progress();
        SessionView session;
        IReadOnlyList<CountryView> countries;
        try
        {
            session = await client.GetSessionAsync(cancellationToken);
            countries = await client.GetCountriesAsync(cancellationToken);
        }
        catch (Exception e) when (CrowdMember.Failure(e, cancellationToken) is not null)
        {
            await error.WriteLineAsync($"Cannot read session {options.Session} from {options.Server}: {e.Message}");
            return 1;
        }
        if (session.Groups is not { Count: > 0 } groups || countries.Count == 0)
        {
            await error.WriteLineAsync($"Session {options.Session} lists no stakeholder groups, or the server lists no countries.");
            return 1;
        }

        var open = new OpenQuestions(session, client, progress);
        await Describe(options, session, open, output);
        var clock = TimeProvider.System;
        var start = clock.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);

        var profiles = new ProfileFactory(groups, countries);
        var tendencies = new Tendencies(options.Seed);
        // Six seconds a question in a minute's run; a shorter run thinks proportionally faster.
        var pace = TimeSpan.FromSeconds(Math.Min(6, options.Duration.TotalSeconds / 10));
        var members = Enumerable.Range(0, options.Participants).Select(i =>
        {
            var random = new Random(unchecked((options.Seed * 1_000_003) + i));
            // Joins are spread over the first two thirds, so the last to arrive still have time to answer.
            var joinAt = options.Duration * (2.0 / 3.0) * random.NextDouble();
            return new CrowdMember(profiles.Create(i, random), joinAt, pace, random, () => open.Current, client, tendencies, progress);
        }).ToList();

        var following = open.FollowAsync(clock, stop.Token);
        var crowd = Task.WhenAll(members.Select(m => Quietly(m.RunAsync(clock, start, stop.Token))));
        while (await Task.WhenAny(crowd, Task.Delay(ReportEvery, clock, CancellationToken.None)) != crowd)
            await Report(output, clock.GetElapsedTime(start), options, progress, client);
        await crowd;
        await following;
        await Summarise(output, clock.GetElapsedTime(start), options, progress);
        return progress.Joined > 0 ? 0 : 1;
    }

    /// <summary>A participant's run ends with the cancellation of the run; that is not a failure.</summary>
    private static async Task Quietly(Task member)
    {
        try
        {
            await member;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static Task Describe(SimulatorOptions options, SessionView session, OpenQuestions open, TextWriter output)
    {
        var questions = session.Questions?.Count ?? 0;
        var lines = new List<string>
        {
            $"Session {session.Code} \"{session.Title}\" ({session.Status}): {session.Groups!.Count} groups, {questions} questions, {open.Current.Count} open.",
            $"Playing {options.Participants} participants for {options.Duration.TotalSeconds:0} s (seed {options.Seed}, at most {options.Concurrency} requests in flight) against {options.Server}.",
        };
        if (!string.Equals(session.Status, "open", StringComparison.OrdinalIgnoreCase))
            lines.Add("The session is not open: joins will be refused until the moderator opens it.");
        if (open.Current.Count == 0)
            lines.Add("No question is open yet: participants answer questions as the moderator opens them.");
        return output.WriteLineAsync(string.Join(Environment.NewLine, lines));
    }

    private static Task Report(TextWriter output, TimeSpan elapsed, SimulatorOptions options, Progress progress, ConsensusLabClient client) =>
        output.WriteLineAsync($"[{elapsed.TotalSeconds,4:0}s] joined {progress.Joined}/{options.Participants}  answers {progress.Answers} " +
            $"(changed {progress.Changes})  errors {progress.Errors}  in flight {client.InFlight}");

    private static async Task Summarise(TextWriter output, TimeSpan elapsed, SimulatorOptions options, Progress progress)
    {
        await output.WriteLineAsync($"Done after {elapsed.TotalSeconds:0.0} s: {progress.Joined} of {options.Participants} joined, " +
            $"{progress.Answers} answers acknowledged ({progress.Changes} changed answers), {progress.Errors} errors.");
        foreach (var (kind, count) in progress.ErrorsByKind())
            await output.WriteLineAsync($"  {count,5} × {kind}");
    }
}
