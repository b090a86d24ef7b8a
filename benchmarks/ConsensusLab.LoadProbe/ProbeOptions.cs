using System.Globalization;

namespace ConsensusLab.LoadProbe;

/// <summary>
/// What to measure: the node answers go to (--url), the node whose live meters are watched (--watch-url, default the
/// same), the moderator or view key that lets the watcher see meters (--key), the session and question, the rate and how long.
/// --vote-statements N votes agree / disagree / pass on the first N statements of a statements question instead of answering
/// a Likert question (0, the default).
/// </summary>
internal sealed record ProbeOptions(Uri Url, Uri WatchUrl, string? Key, string Session, string Question, int Participants, int Rate, int Seconds,
    int Statements)
{
    public static ProbeOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var url = Value("--url", "http://127.0.0.1:5080");
        return new ProbeOptions(new Uri(url), new Uri(Value("--watch-url", url)), Value("--key", "") is { Length: > 0 } key ? key : null,
            Value("--session", "ENHANC"), Value("--question", "equal-footing"), Number("--participants", 2000), Number("--rate", 5000),
            Number("--seconds", 20), Number("--vote-statements", 0));
    }
}
