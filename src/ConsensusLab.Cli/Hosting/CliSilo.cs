using System.Net;
using System.Net.Sockets;
using ConsensusLab.Grains;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;

namespace ConsensusLab.Cli.Hosting;

/// <summary>
/// A silo of its own over a SQLite database, for the commands that create sessions: they run the same grain commands
/// as the server, so what they store is what the server would have stored. It is a cluster of one on a free local port
/// without a gateway, and it only activates the grains of the session it creates, so it may run beside a server on the
/// same file.
/// </summary>
internal sealed class CliSilo(IHost host) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Creates the database file if there is none, brings its schema up to date and starts the silo.</summary>
    public static async Task<CliSilo> StartAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        await SqliteDatabase.MigrateAsync(path, cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        CliLogging.WarningsTo(error)(builder.Logging);
        // Orleans warns about a server's tuning (server GC, a starved watchdog) that means nothing for a command of a few seconds.
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
        builder.Services.AddSingleton(services =>
            SqliteDatabase.Open(path, services.GetRequiredService<ILogger<SqliteDatabase>>(), SqliteDatabase.DefaultCheckpointPages));
        builder.Services.AddSingleton(services => services.GetRequiredService<SqliteDatabase>().GrainStates);
        builder.Services.AddSingleton(services => services.GetRequiredService<SqliteDatabase>().Ledger);
        builder.Services.AddSingleton(services => services.GetRequiredService<SqliteDatabase>().Participants);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), gatewayPort: 0).AddConsensusGrains());
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new CliSilo(host);
    }

    /// <summary>Stops the silo, which writes nothing more once the command's grain calls have returned, and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        if (host is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
        else
            host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
