using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>
/// A PostgreSQL server for one test run: the one CONSENSUSLAB_POSTGRES names, or else a throwaway server started
/// from Debian's binaries in a temporary directory on a free loopback port and deleted afterwards. Each test gets a
/// database of its own. A missing PostgreSQL fails every test that needs it, with the command that installs it.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionStringVariable = "CONSENSUSLAB_POSTGRES";
    private PostgresInstallation? _installation;
    private string? _directory;
    private NpgsqlDataSource? _admin;

    private NpgsqlDataSource Admin => _admin ?? throw new InvalidOperationException("The server is not running.");
    private string DataDirectory => Path.Combine(_directory!, "data");

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        var connectionString = string.IsNullOrWhiteSpace(external) ? await StartAsync() : external;
        _admin = NpgsqlDataSource.Create(connectionString);
        await WaitUntilAcceptingAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"consensuslab_test_{Guid.NewGuid():N}";
        // Identifiers cannot be parameters; the name is ours, made of [a-z0-9_].
        await using (var create = Admin.CreateCommand($"CREATE DATABASE \"{name}\""))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever connections remain.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var drop = Admin.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    private async Task<string> StartAsync()
    {
        _installation = PostgresInstallation.Find();
        _directory = Directory.CreateTempSubdirectory("consensuslab-postgres-").FullName;
        await PostgresInstallation.GiveToServiceUserAsync(_directory);
        await _installation.RunAsync("initdb", "-D", DataDirectory, "--username=postgres", "--auth=trust", "--encoding=UTF8",
            "--locale=C", "--no-sync", "--no-instructions");
        // A port that was free a moment ago can be taken before the server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            // Later settings win, so a retry appends its own port. Unix sockets go to the private directory:
            // the default one may not exist or belong to another server.
            await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"),
                $"\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{_directory}'\nmax_connections = 200\n");
            try
            {
                await _installation.RunAsync("pg_ctl", "start", "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60", "-s");
                return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
            }
            catch (InvalidOperationException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"PostgreSQL did not start on port {port}, retrying: {e.Message}");
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"PostgreSQL did not start; its log:\n{ServerLog()}", e);
            }
        }
    }

    private async Task WaitUntilAcceptingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = await Admin.OpenConnectionAsync();
                return;
            }
            catch (NpgsqlException e) when (DateTime.UtcNow < deadline)
            {
                Console.Error.WriteLine($"Waiting for PostgreSQL: {e.Message}");
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Stops the server (fast: connections are cut), as an operator or a crash would; the data stays.</summary>
    public Task StopAsync() => Installation.RunAsync("pg_ctl", "stop", "-D", DataDirectory, "-m", "fast", "-w", "-s");

    /// <summary>Starts the stopped server again on its port.</summary>
    public async Task StartAgainAsync()
    {
        await Installation.RunAsync("pg_ctl", "start", "-D", DataDirectory, "-l", Path.Combine(_directory!, "server.log"), "-w", "-t", "60", "-s");
        // The pooled connections of before the stop were cut by it.
        Admin.Clear();
        NpgsqlConnection.ClearAllPools();
        await WaitUntilAcceptingAsync();
    }

    /// <summary>
    /// Freezes the server and every backend (SIGSTOP): connections stay open and connects are accepted by the kernel,
    /// but nothing answers — a hung database, which only timeouts end.
    /// </summary>
    public Task FreezeAsync() => SignalAllAsync("STOP");

    public Task ThawAsync() => SignalAllAsync("CONT");

    private PostgresInstallation Installation => _installation
        ?? throw new InvalidOperationException($"Stopping or freezing needs the throwaway server; unset {ConnectionStringVariable}.");

    private async Task SignalAllAsync(string signal)
    {
        _ = Installation;
        var postmaster = int.Parse((await File.ReadAllLinesAsync(Path.Combine(DataDirectory, "postmaster.pid")))[0], System.Globalization.CultureInfo.InvariantCulture);
        var processes = Directory.GetDirectories("/proc").Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => int.Parse(name!, System.Globalization.CultureInfo.InvariantCulture))
            .Where(pid => ParentOf(pid) == postmaster)
            .Prepend(postmaster)
            .ToList();
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", .. processes.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        await kill.WaitForExitAsync();
    }

    private static int ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return -1;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string ServerLog()
    {
        var log = Path.Combine(_directory!, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
            await _admin.DisposeAsync();
        if (_directory is null)
            return;
        // Immediate: the data is thrown away, so there is nothing to checkpoint.
        if (_installation is not null && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            await _installation.RunAsync("pg_ctl", "stop", "-D", DataDirectory, "-m", "immediate", "-w", "-s");
        Directory.Delete(_directory, recursive: true);
    }
}
