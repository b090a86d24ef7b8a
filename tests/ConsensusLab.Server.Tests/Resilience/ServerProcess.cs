using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>
/// The real server as a child OS process (<c>dotnet ConsensusLab.Server.dll</c>) on a free loopback port, for what an
/// in-process host cannot show: a SIGKILL, a restart on the same store, several nodes side by side. Settings go in
/// as environment variables, so a caller can point a node at any store (Storage__Provider, Storage__ConnectionString).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Generous: the CI box is a loaded 2-core machine and the server applies migrations before listening.</summary>
    public static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(60);

    private const int SigKillExitCode = 128 + 9;
    private const int OutputLines = 400;
    private const int PortAttempts = 3;

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Client = CreateClient();
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client of this server; it dies with the process (a new process listens on a new port).</summary>
    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server wrote to stdout and stderr, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return string.Join('\n', _output);
        }
    }

    /// <summary>The folder of the server assembly: the test project references the server, so it is copied next to the tests.</summary>
    public static string ServerDirectory => Path.GetDirectoryName(typeof(ServerProcess).Assembly.Location)!;

    /// <summary>
    /// Starts a server on the SQLite file <paramref name="databasePath"/> (created if missing) and returns once GET /health
    /// answers 200. <paramref name="settings"/> are configuration keys ("Section:Key" or "Section__Key") that override the
    /// test defaults: no samples, warnings only, rate limits out of the way. The server listens on loopback, or on every
    /// interface with <paramref name="listenOnNetwork"/> (as for a room); the client speaks to it over loopback either way.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null,
        TimeSpan? startupTimeout = null, bool listenOnNetwork = false, CancellationToken cancellationToken = default)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Path"] = databasePath,
            ["Samples__Load"] = "false",
            ["Logging__MinimumLevel"] = "Warning",
            // Every client of a test comes from one address; the limits have their own tests.
            ["RateLimits__PerAddressPerSecond"] = "1000000",
            ["RateLimits__PerAddressBurst"] = "1000000",
            ["RateLimits__PerParticipantPerSecond"] = "1000000",
            ["RateLimits__PerParticipantBurst"] = "1000000",
            ["RateLimits__JoinsPerAddressPerSecond"] = "1000000",
            ["RateLimits__JoinsPerAddressBurst"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(FreePort(), environment, listenOnNetwork);
            try
            {
                await server.WaitUntilHealthyAsync(startupTimeout ?? DefaultStartupTimeout, cancellationToken);
                return server;
            }
            catch (InvalidOperationException) when (attempt < PortAttempts && server.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the port between our probe and the server's bind: try another one.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>A further client of this server, for callers that want their own connection pool.</summary>
    public HttpClient CreateClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// Kills the server with SIGKILL (no shutdown hook, no flush, no disposal runs) and waits until it is gone. Throws if
    /// the server had already exited by itself, or if it did not die of SIGKILL.
    /// </summary>
    public void Kill()
    {
        if (_process.HasExited)
            throw new InvalidOperationException($"The server exited by itself with code {_process.ExitCode} before it was killed.\n{Output}");
        // On Unix, Process.Kill sends SIGKILL; the exit code below proves it (128 + signal number).
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        if (!OperatingSystem.IsWindows() && _process.ExitCode != SigKillExitCode)
            throw new InvalidOperationException($"The server ended with code {_process.ExitCode}, not by SIGKILL ({SigKillExitCode}).\n{Output}");
    }

    /// <summary>Asks the server to stop (SIGTERM, as systemd does) and returns its exit code once it has.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await signal.WaitForExitAsync();
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // The process was never started or is already reaped.
        }
        _process.Dispose();
    }

    private static ServerProcess Launch(int port, IReadOnlyDictionary<string, string> environment, bool listenOnNetwork)
    {
        var host = listenOnNetwork ? "0.0.0.0" : "127.0.0.1";
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(ServerDirectory, "ConsensusLab.Server.dll"), "--urls", $"http://{host}:{port}"])
        {
            WorkingDirectory = ServerDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, port);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                // Without a timeout, WaitForExit also waits until the redirected output has been read to its end.
                _process.WaitForExit();
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} while starting.\n{Output}");
            }
            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new InvalidOperationException($"The server did not answer GET /health with 200 within {timeout.TotalSeconds:0} s.\n{Output}");
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > OutputLines)
                _output.Dequeue();
        }
    }

    /// <summary>The dotnet host that runs the tests (set by the SDK), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
