using ConsensusLab.Grains;
using ConsensusLab.Server.Live;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Postgres;
using ConsensusLab.Storage.Sqlite;

namespace ConsensusLab.Server.Extensions;

internal static class StorageExtensions
{
    /// <summary>
    /// Opens the configured store before the server starts and registers its parts: SQLite (Storage:Path, one node) or
    /// PostgreSQL (Storage:ConnectionString, any number of nodes). Opening applies the schema migrations, so a server
    /// never runs on an outdated schema.
    /// </summary>
    public static WebApplicationBuilder AddConsensusStorage(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Storage:Provider"] ?? "sqlite";
        if (string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase))
            AddSqlite(builder);
        else if (string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase))
            AddPostgres(builder);
        else
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported; use 'sqlite' or 'postgres'.");
        return builder;
    }

    private static void AddSqlite(WebApplicationBuilder builder)
    {
        var path = Path.GetFullPath(builder.Configuration["Storage:Path"] ?? "data/consensuslab.db");
        var database = SqliteDatabase.OpenAsync(path).GetAwaiter().GetResult();
        // Registered through a factory so that the container disposes it: the writer drains its queue on shutdown.
        builder.Services.AddSingleton(_ => database);
        Register(builder.Services, database.GrainStates, database.Ledger, database.Participants);
    }

    private static void AddPostgres(WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration["Storage:ConnectionString"]
            ?? throw new InvalidOperationException("Storage:Provider is 'postgres' but Storage:ConnectionString is not set.");
        var database = PostgresDatabase.OpenAsync(connectionString).GetAwaiter().GetResult();
        builder.Services.AddSingleton(_ => database);
        Register(builder.Services, database.GrainStates, database.Ledger, database.Participants);
        // Other nodes write to the same database: follow their answers and state changes.
        builder.Services.AddSingleton(new LedgerFollowingOptions { SharedLedger = true });
        builder.Services.AddHostedService<NodeFollower>();
    }

    private static void Register(IServiceCollection services, IGrainStateStore states, IResponseLedger ledger, IParticipantStore participants)
    {
        services.AddSingleton(states);
        services.AddSingleton(ledger);
        services.AddSingleton(participants);
    }
}
