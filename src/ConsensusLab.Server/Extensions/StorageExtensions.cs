using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Postgres;
using ConsensusLab.Storage.Sqlite;

namespace ConsensusLab.Server.Extensions;

internal static class StorageExtensions
{
    /// <summary>
    /// Opens the configured store before the server starts and registers its parts: SQLite (Storage:Path, one silo) or
    /// PostgreSQL (Storage:ConnectionString, a cluster of silos). Opening applies the schema migrations, Orleans'
    /// membership table included, so a silo never runs on an outdated schema.
    /// </summary>
    public static WebApplicationBuilder AddConsensusStorage(this WebApplicationBuilder builder)
    {
        if (IsPostgres(builder.Configuration))
            AddPostgres(builder);
        else
            AddSqlite(builder);
        builder.Services.AddSingleton<StoredSessions>();
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
        var database = SqliteDatabase.OpenAsync(path).GetAwaiter().GetResult();
        // Registered through a factory so that the container disposes it: the writer drains its queue on shutdown.
        builder.Services.AddSingleton(_ => database);
        Register(builder.Services, database, database.GrainStates, database.Ledger, database.Participants);
    }

    private static void AddPostgres(WebApplicationBuilder builder)
    {
        var database = PostgresDatabase.OpenAsync(PostgresConnectionString(builder.Configuration)).GetAwaiter().GetResult();
        builder.Services.AddSingleton(_ => database);
        Register(builder.Services, database, database.GrainStates, database.Ledger, database.Participants);
    }

    private static void Register(IServiceCollection services, IStoreHealth health, IGrainStateStore states, IResponseLedger ledger,
        IParticipantStore participants)
    {
        services.AddSingleton(health);
        services.AddSingleton(states);
        services.AddSingleton(ledger);
        services.AddSingleton(participants);
    }
}
