using System.CommandLine;
using ConsensusLab.CrowdSimulator;

var url = new Option<Uri>("--url")
{
    Description = "The ConsensusLab server, e.g. http://127.0.0.1:5080.",
    Required = true,
    CustomParser = result => Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        ? uri
        : Fail<Uri>(result, "--url must be an absolute http or https address."),
};
var session = new Option<string>("--session") { Description = "The session's join code.", Required = true };
var participants = new Option<int>("--participants") { Description = "Participants who join (1 to 5000).", DefaultValueFactory = _ => 300 };
var seconds = new Option<int>("--seconds") { Description = "How long the run lasts (5 to 3600).", DefaultValueFactory = _ => 60 };
var seed = new Option<int>("--seed") { Description = "Seed of the random choices.", DefaultValueFactory = _ => 7 };
var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at most (1 to 64).", DefaultValueFactory = _ => 16 };
participants.Validators.Add(r => Range(r, participants, 1, 5000));
seconds.Validators.Add(r => Range(r, seconds, 5, 3600));
concurrency.Validators.Add(r => Range(r, concurrency, 1, 64));

var root = new RootCommand("Plays a crowd of forum participants against a ConsensusLab session: they join, answer and sometimes change their minds.")
{
    url, session, participants, seconds, seed, concurrency,
};
root.SetAction((parsed, cancellationToken) => Simulation.RunAsync(
    new SimulatorOptions(parsed.GetRequiredValue(url), parsed.GetRequiredValue(session), parsed.GetValue(participants),
        TimeSpan.FromSeconds(parsed.GetValue(seconds)), parsed.GetValue(seed), parsed.GetValue(concurrency)),
    parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
return await root.Parse(args).InvokeAsync();

static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
{
    result.AddError(message);
    return default!;
}

static void Range(System.CommandLine.Parsing.OptionResult result, Option<int> option, int min, int max)
{
    if (result.GetValueOrDefault<int>() is var value && (value < min || value > max))
        result.AddError($"{option.Name} must be between {min} and {max}, not {value}.");
}
