using System.Globalization;

namespace ConsensusLab.LedgerBench;

/// <summary>
/// What to measure: the PostgreSQL database (--postgres, a connection string) and/or a SQLite file (--sqlite, a path
/// that need not exist), how many writers to try one after another (--writers 1,2,3: each is a store opened as one
/// silo opens it, with its own group-committing writer and connection), how many appends each writer has in flight
/// (--in-flight, as a silo's question grains have under load), for how long (--seconds, after --warmup), and which
/// request ids to try one after another (--request-ids v7,random: each in a session of its own on the same database).
/// </summary>
internal sealed record BenchOptions(string? Postgres, string? Sqlite, int[] Writers, RequestIdKind[] RequestIds, int InFlight,
    int Seconds, int Warmup)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var writers = (Value("--writers") ?? "1,2,3").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        RequestIdKind Kind(string text) => Enum.GetNames<RequestIdKind>().Contains(text, StringComparer.OrdinalIgnoreCase)
            ? Enum.Parse<RequestIdKind>(text, ignoreCase: true)
            : throw new ArgumentException($"--request-ids takes v7 and/or random, not '{text}'.");
        var requestIds = (Value("--request-ids") ?? "v7").Split(',').Select(Kind).ToArray();
        var options = new BenchOptions(Value("--postgres"), Value("--sqlite"), writers, requestIds, Number("--in-flight", 256),
            Number("--seconds", 10), Number("--warmup", 3));
        if (options.Postgres is null && options.Sqlite is null)
            throw new ArgumentException("Give --postgres CONNECTION-STRING and/or --sqlite PATH.");
        return options;
    }
}
