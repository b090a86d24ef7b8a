using System.Text.Json;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Grains.Storage;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Storage;

/// <summary>Orleans' grain storage contract, over ConsensusLab's store: the version is the ETag, and a stale write is refused.</summary>
[Collection(SharedSilo.Collection)]
public sealed class StoreGrainStorageTests(SharedSilo shared)
{
    [Fact]
    public async Task State_never_written_reads_as_new_with_no_etag()
    {
        var storage = new StoreGrainStorage(shared.Silo.States);
        var state = new GrainState<SessionState>();

        await storage.ReadStateAsync("session", GrainId.Create("session", "NEVER1"), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Null(state.State!.Definition);
    }

    [Fact]
    public async Task Write_naming_a_stale_etag_is_refused_and_changes_nothing()
    {
        var storage = new StoreGrainStorage(shared.Silo.States);
        var grain = GrainId.Create("session", SessionCode.New());
        var first = new GrainState<SessionState>(new SessionState { Weighting = Statistics.WeightingScheme.Headcount });
        await storage.WriteStateAsync("session", grain, first);
        var stale = new GrainState<SessionState>(new SessionState { Weighting = Statistics.WeightingScheme.Custom }) { ETag = null };

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("session", grain, stale));
        var second = new GrainState<SessionState>(first.State! with { Status = SessionStatus.Open }) { ETag = first.ETag };
        await storage.WriteStateAsync("session", grain, second);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("session", grain, first));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("session", grain, first));

        var read = new GrainState<SessionState>();
        await storage.ReadStateAsync("session", grain, read);
        Assert.Equal(second.State, read.State);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task Grain_whose_state_was_written_elsewhere_reloads_and_re_evaluates_its_command()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        var session = silo.Grain<ISessionGrain>(code);
        Assert.Null(await session.Get());
        // Another activation (a failover) creates the session after this one read its state.
        var elsewhere = new SessionState { Definition = Definition(Likert("q1")) with { Title = "Created elsewhere" }, Keys = Keys };
        await silo.States.WriteAsync("session", $"session/{code}", JsonSerializer.Serialize(elsewhere, GrainStateJson.Options), 0, default);

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => session.Create(Definition(Likert("q1")), Keys));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
        Assert.Equal("Created elsewhere", (await session.Get())!.Definition.Title);
        Assert.Equal(1, (await silo.States.ReadAsync("session", $"session/{code}", default))!.Version);
    }
}
