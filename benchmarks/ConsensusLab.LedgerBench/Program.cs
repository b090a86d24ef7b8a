using System.Globalization;
using ConsensusLab.LedgerBench;
using ConsensusLab.Storage.Postgres;
using ConsensusLab.Storage.Sqlite;

// The ledger append rate the database sustains, with each writer standing for one silo: 1, 2, 3 writers on one
// PostgreSQL database, and the embedded SQLite file (one writer by design) for comparison; with time-ordered
// request ids (as the pages send) and/or random ones. Every append is durable when counted (the stores' group commit:
// one transaction and one WAL flush per batch).
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
if (options.Sqlite is { } path)
{
    await using var sqlite = await SqliteDatabase.OpenAsync(path);
    foreach (var requestIds in options.RequestIds)
    {
        var rate = await AppendLoad.AppendsPerSecondAsync([sqlite.Ledger], $"S{run}{(int)requestIds}", requestIds, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sqlite   1 writer , {Ids(requestIds)}: {rate,9:F0} appends/s"));
    }
}
if (options.Postgres is { } connectionString)
{
    foreach (var writers in options.Writers)
    {
        var stores = new List<PostgresDatabase>();
        for (var i = 0; i < writers; i++)
            stores.Add(await PostgresDatabase.OpenAsync(connectionString));
        try
        {
            foreach (var requestIds in options.RequestIds)
            {
                var rate = await AppendLoad.AppendsPerSecondAsync([.. stores.Select(s => s.Ledger)], $"P{run}{writers}{(int)requestIds}",
                    requestIds, options);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"postgres {writers} writer{(writers == 1 ? " " : "s")}, {Ids(requestIds)}: {rate,9:F0} appends/s ({rate / writers:F0} per writer)"));
            }
        }
        finally
        {
            foreach (var store in stores)
                await store.DisposeAsync();
        }
    }
}
return 0;

static string Ids(RequestIdKind kind) => kind == RequestIdKind.V7 ? "v7 ids    " : "random ids";
