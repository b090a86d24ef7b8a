using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Sessions;

/// <summary>The moderator's meter settings are part of the session's durable state (issue 12).</summary>
[Collection(SharedSilo.Collection)]
public sealed class MeterSettingsTests(SharedSilo shared)
{
    private static readonly MeterSettings Chosen = new(Confidence: 0.9, DelphiAgreeShare: 0.8, DelphiMaximumInterquartileRange: 0.5,
        EstebanRayAlpha: 0);

    [Fact]
    public async Task A_new_session_has_the_default_settings()
    {
        var code = SessionCode.New();

        var session = await shared.Silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);

        Assert.Equal(MeterSettings.Default, session.MeterSettings);
        Assert.Equal(0.70, session.MeterSettings.ToOptions().DelphiRule.AgreeThreshold);
    }

    [Fact]
    public async Task Settings_survive_a_restart_and_reach_the_stored_sessions_the_command_line_exports_from()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        Assert.Equal(Chosen, (await silo.Grain<ISessionGrain>(code).SetMeterSettings(Chosen)).MeterSettings);

        await silo.RestartAsync();

        Assert.Equal(Chosen, (await silo.Grain<ISessionGrain>(code).Get())!.MeterSettings);
        Assert.Equal(Chosen, (await new StoredSessions(silo.States).FindAsync(code, default))!.MeterSettings);
    }

    [Fact]
    public async Task A_session_stored_at_schema_4_reads_the_default_settings()
    {
        var silo = shared.Silo;
        var code = await OlderSessionState.StoreAsync(silo, "meters", schemaVersion: 4);

        Assert.Equal(MeterSettings.Default, (await silo.Grain<ISessionGrain>(code).Get())!.MeterSettings);
        Assert.Equal(MeterSettings.Default, (await new StoredSessions(silo.States).FindAsync(code, default))!.MeterSettings);
    }

    [Theory]
    [InlineData(0.5, 0.7, null, 1.3)]
    [InlineData(0.95, 0.4, null, 1.3)]
    [InlineData(0.95, 0.7, -1.0, 1.3)]
    [InlineData(0.95, 0.7, null, 1.61)]
    [InlineData(double.NaN, 0.7, null, 1.3)]
    public async Task Out_of_range_settings_are_rejected_and_the_stored_ones_kept(double confidence, double share, double? iqr, double alpha)
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        await silo.Grain<ISessionGrain>(code).SetMeterSettings(Chosen);

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            silo.Grain<ISessionGrain>(code).SetMeterSettings(new MeterSettings(confidence, share, iqr, alpha)));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal(Chosen, (await silo.Grain<ISessionGrain>(code).Get())!.MeterSettings);
    }
}
