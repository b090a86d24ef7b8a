namespace ConsensusLab.Cli.Tests.Commands;

public sealed class SessionsCommandTests : IDisposable
{
    private readonly SeededDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Sessions_are_listed_with_code_status_and_title()
    {
        await _database.SeedAsync(async grains =>
        {
            await SeededDatabase.CreateSessionAsync(grains, "K7MQ2X", "Enhanced cooperation for sustainable development");
            await grains.GetGrain<ConsensusLab.Grains.Sessions.ISessionGrain>("K7MQ2X").Close();
            await SeededDatabase.CreateSessionAsync(grains, "R4TW9Z", "From deadlock to dialogue");
        });

        var run = await CliRun.RunAsync(["sessions", "--database", _database.DatabasePath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["CODE     STATUS  TITLE", "K7MQ2X   closed  Enhanced cooperation for sustainable development", "R4TW9Z   open    From deadlock to dialogue"],
            run.OutputLines);
    }

    [Fact]
    public async Task A_database_without_sessions_says_so()
    {
        await _database.SeedAsync(_ => Task.CompletedTask);

        var run = await CliRun.RunAsync(["sessions", "--database", _database.DatabasePath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"No sessions in {_database.DatabasePath}.", Assert.Single(run.OutputLines));
    }

    [Fact]
    public async Task A_missing_database_is_one_line_on_stderr_and_a_failure_exit_code()
    {
        var run = await CliRun.RunAsync(["sessions", "--database", _database.DatabasePath]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.False(File.Exists(_database.DatabasePath));
    }
}
