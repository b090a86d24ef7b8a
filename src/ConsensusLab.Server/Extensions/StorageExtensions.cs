using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Reporting;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Postgres;
using ConsensusLab.Storage.Sqlite;
using Serilog;
using Serilog.Extensions.Logging;

namespace ConsensusLab.Server.Extensions;

internal static class StorageExtensions
{
    /// <summary>
    /// Brings the configured store's schema up to date before the server starts and registers its parts: SQLite
    /// (Storage:Path, one silo) or PostgreSQL (Storage:ConnectionString, a cluster of silos). The migrations include
    /// Orleans' membership table, so a silo never runs on an outdated schema.
    /// </summary>
    public static WebApplicationBuilder AddConsensusStorage(this WebApplicationBuilder builder)
    {
        if (IsPostgres(builder.Configuration))
            AddPostgres(builder);
        else
            AddSqlite(builder);
        builder.Services.AddSingleton<StoredSessions>();
        builder.Services.AddSingleton<StoredSeries>();
        builder.Services.AddSingleton(services =>
        {
            var sessions = services.GetRequiredService<StoredSessions>();
            var series = services.GetRequiredService<StoredSeries>();
            return new SeriesComparisons(sessions.FindAsync, sessions.GroupWeightsAsync, series.OfAsync, series.MembersAsync,
                services.GetRequiredService<IParticipantStore>(), services.GetRequiredService<IResponseLedger>());
        });
        return builder;
    }

    /// <summary>Whether Storage:Provider names PostgreSQL (else SQLite, the embedded default).</summary>
    public static bool IsPostgres(IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] ?? "sqlite";
        if (string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase))
            return true;
        return string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase)
            ? false
            : throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported; use 'sqlite' or 'postgres'.");
    }

    public static string PostgresConnectionString(IConfiguration configuration) => configuration["Storage:ConnectionString"]
        ?? throw new InvalidOperationException("Storage:Provider is 'postgres' but Storage:ConnectionString is not set.");

    private static void AddSqlite(WebApplicationBuilder builder)
    {
        var path = Path.GetFullPath(builder.Configuration["Storage:Path"] ?? "data/consensuslab.db");
        SqliteDatabase.MigrateAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        // Built when first needed (the silo's start), with the host's logger: the writer reports outages there.
        // The container disposes it, and the writer drains its queue then.
        var checkpointPages = builder.Configuration.GetValue("Storage:CheckpointPages", SqliteDatabase.DefaultCheckpointPages);
        builder.Services.AddSingleton(services => SqliteDatabase.Open(path, services.GetRequiredService<ILogger<SqliteDatabase>>(), checkpointPages));
        Register<SqliteDatabase>(builder.Services, d => d.GrainStates, d => d.Ledger, d => d.Participants);
    }

    private static void AddPostgres(WebApplicationBuilder builder)
    {
        var connectionString = PostgresConnectionString(builder.Configuration);
        var timeouts = new StoreTimeouts(
            builder.Configuration.GetValue("Storage:ConnectTimeout", StoreTimeouts.Default.Connect),
            builder.Configuration.GetValue("Storage:CommandTimeout", StoreTimeouts.Default.Command));
        // Before anything else: a silo started before its database waits here, then brings the schema up to date, as
        // Orleans reads its membership tables from the same database as soon as the silo starts. The host's logger
        // does not exist yet, so these lines go to the console.
        using (var startup = new SerilogLoggerFactory(new LoggerConfiguration().WriteTo.Console().CreateLogger(), dispose: true))
        {
            var logger = startup.CreateLogger<PostgresDatabase>();
            PostgresDatabase.WaitUntilReachableAsync(connectionString, logger, timeouts, CancellationToken.None).GetAwaiter().GetResult();
            PostgresDatabase.MigrateAsync(connectionString, logger, CancellationToken.None).GetAwaiter().GetResult();
        }
        builder.Services.AddSingleton(services =>
            PostgresDatabase.Open(connectionString, services.GetRequiredService<ILogger<PostgresDatabase>>(), timeouts));
        Register<PostgresDatabase>(builder.Services, d => d.GrainStates, d => d.Ledger, d => d.Participants);
    }

    private static void Register<TDatabase>(IServiceCollection services, Func<TDatabase, IGrainStateStore> states,
        Func<TDatabase, IResponseLedger> ledger, Func<TDatabase, IParticipantStore> participants)
        where TDatabase : class, IStoreHealth
    {
        services.AddSingleton<IStoreHealth>(s => s.GetRequiredService<TDatabase>());
        services.AddSingleton(s => states(s.GetRequiredService<TDatabase>()));
        services.AddSingleton(s => ledger(s.GetRequiredService<TDatabase>()));
        services.AddSingleton(s => participants(s.GetRequiredService<TDatabase>()));
    }
}
