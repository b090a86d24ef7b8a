using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Sessions;

/// <summary>The moderator's raking settings are part of the session's durable state, schema 6 (issue 12).</summary>
[Collection(SharedSilo.Collection)]
public sealed class RakingSettingsTests(SharedSilo shared)
{
    private static readonly RakingSettings Chosen = new(Enabled: true, IncludeGender: true,
        RegionShares: ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["African Group"] = 2, ["Asia-Pacific Group"] = 1 }),
        Tolerance: 1e-8, MaxIterations: 50, TrimLower: 0.3, TrimUpper: 3);

    [Fact]
    public async Task Settings_survive_a_restart_and_reach_the_stored_sessions()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        await silo.Grain<ISessionGrain>(code).SetRaking(Chosen);

        await silo.RestartAsync();

        AssertChosen((await silo.Grain<ISessionGrain>(code).Get())!.Raking);
        AssertChosen((await new StoredSessions(silo.States).FindAsync(code, default))!.Raking);
    }

    [Fact]
    public async Task Settings_cross_silos_through_the_Orleans_serializer()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        var snapshot = await silo.Grain<ISessionGrain>(code).SetRaking(Chosen);
        var serializer = silo.Client.ServiceProvider.GetRequiredService<Serializer>();

        AssertChosen(serializer.Deserialize<SessionSnapshot>(serializer.SerializeToArray(snapshot))!.Raking);
    }

    [Fact]
    public async Task A_session_stored_at_schema_5_reads_raking_off()
    {
        var silo = shared.Silo;
        var code = await OlderSessionState.StoreAsync(silo, "raking", schemaVersion: 5);

        Assert.Equal(RakingSettings.Off, (await silo.Grain<ISessionGrain>(code).Get())!.Raking);
    }

    [Fact]
    public async Task A_share_for_a_group_the_session_lacks_is_rejected_and_the_stored_settings_kept()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        await silo.Grain<ISessionGrain>(code).SetRaking(Chosen);

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => silo.Grain<ISessionGrain>(code).SetRaking(
            new RakingSettings(Enabled: true, GroupShares: ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["NOPE"] = 1 }))));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Contains("NOPE", rejected.Message);
        AssertChosen((await silo.Grain<ISessionGrain>(code).Get())!.Raking);
    }

    private static void AssertChosen(RakingSettings actual)
    {
        Assert.Equal(Chosen with { RegionShares = null }, actual with { RegionShares = null });
        Assert.Equal(Chosen.RegionShares!.OrderBy(s => s.Key), actual.RegionShares!.OrderBy(s => s.Key));
    }
}
