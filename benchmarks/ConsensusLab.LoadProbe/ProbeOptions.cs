using System.Globalization;

namespace ConsensusLab.LoadProbe;

/// <summary>What to measure: the server, the sample session and question, the answer rate and how long.</summary>
internal sealed record ProbeOptions(Uri Url, string Session, string Question, int Participants, int Rate, int Seconds)
{
    public static ProbeOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new ProbeOptions(new Uri(Value("--url", "http://127.0.0.1:5080")), Value("--session", "ENHANC"),
            Value("--question", "equal-footing"), Number("--participants", 2000), Number("--rate", 5000), Number("--seconds", 20));
    }
}
