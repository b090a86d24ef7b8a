using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;

namespace ConsensusLab.Server.Extensions;

internal static class StorageExtensions
{
    /// <summary>
    /// Opens the configured store before the server starts (Storage:Provider, Storage:Path) and registers its parts.
    /// Opening applies the schema migrations, so a server never runs on an outdated schema.
    /// </summary>
    public static WebApplicationBuilder AddConsensusStorage(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Storage:Provider"] ?? "sqlite";
        if (!string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported; use 'sqlite'.");
        var path = Path.GetFullPath(builder.Configuration["Storage:Path"] ?? "data/consensuslab.db");
        var database = SqliteDatabase.OpenAsync(path).GetAwaiter().GetResult();
        // Registered through a factory so that the container disposes it: the writer drains its queue on shutdown.
        builder.Services.AddSingleton(_ => database);
        builder.Services.AddSingleton(database.GrainStates);
        builder.Services.AddSingleton(database.Ledger);
        builder.Services.AddSingleton(database.Participants);
        return builder;
    }
}
