using System.Diagnostics;
using System.Globalization;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>
/// Debian's PostgreSQL server binaries (/usr/lib/postgresql/&lt;version&gt;/bin; the pg_ctl on PATH may be
/// postgresql-common's wrapper), and the OS user to run them as: PostgreSQL refuses to run as root, so a root test
/// run starts them as the package's `postgres` user.
/// </summary>
internal sealed class PostgresInstallation
{
    private const string Root = "/usr/lib/postgresql";
    private const string ServiceUser = "postgres";

    private PostgresInstallation(string binDirectory) => BinDirectory = binDirectory;

    public string BinDirectory { get; }

    /// <summary>Whether the binaries run as <c>postgres</c> rather than as the current (root) user.</summary>
    public static bool RunsAsServiceUser => Environment.UserName == "root";

    /// <summary>The newest installed server version.</summary>
    /// <exception cref="InvalidOperationException">No server is installed; the message says how to install one.</exception>
    public static PostgresInstallation Find()
    {
        var versions = Directory.Exists(Root) ? Directory.GetDirectories(Root) : [];
        var newest = versions
            .Where(v => int.TryParse(Path.GetFileName(v), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderByDescending(v => int.Parse(Path.GetFileName(v), CultureInfo.InvariantCulture))
            .Select(v => Path.Combine(v, "bin"))
            .FirstOrDefault(bin => new[] { "initdb", "pg_ctl", "postgres" }.All(tool => File.Exists(Path.Combine(bin, tool))));
        return newest is null
            ? throw new InvalidOperationException(
                $"The PostgreSQL tests need a PostgreSQL server, and none was found (no {Root}/<version>/bin/initdb, pg_ctl and postgres). "
                + "Install Debian's package with:  sudo apt-get update && sudo apt-get install -y postgresql  "
                + "or set CONSENSUSLAB_POSTGRES to the connection string of a server where the tests may create and drop databases.")
            : new PostgresInstallation(newest);
    }

    /// <summary>Hands a directory to the user that runs the server (it must own its data directory).</summary>
    public static async Task GiveToServiceUserAsync(string directory)
    {
        if (RunsAsServiceUser)
            await RunProcessAsync("chown", [$"{ServiceUser}:{ServiceUser}", directory]);
    }

    /// <summary>Runs one of the server's tools to completion and returns its output; throws with that output when it fails.</summary>
    public Task<string> RunAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(BinDirectory, tool);
        if (!RunsAsServiceUser)
            return RunProcessAsync(path, arguments);
        if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
            return RunProcessAsync("runuser", ["-u", ServiceUser, "--", path, .. arguments]);
        var command = string.Join(' ', new[] { path }.Concat(arguments).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        return RunProcessAsync("su", [ServiceUser, "-s", "/bin/sh", "-c", command]);
    }

    private static async Task<string> RunProcessAsync(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within a minute.");
        }
        var text = (await output) + (await error);
        return process.ExitCode == 0
            ? text
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{text}");
    }
}
