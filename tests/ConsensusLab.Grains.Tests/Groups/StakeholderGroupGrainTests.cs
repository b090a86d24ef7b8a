using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Grains.Sessions;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Groups;

[Collection(SharedSilo.Collection)]
public sealed class StakeholderGroupGrainTests(SharedSilo shared)
{
    private static readonly ParticipantProfile Profile = new("GOV", "BR", Attendance.Onsite, Gender.Female, "25-29");

    private static IStakeholderGroupGrain Group(TestSilo silo, string code, string group) =>
        silo.Grain<IStakeholderGroupGrain>(GrainKeys.Group(code, group));

    private static async Task<string> CreateAsync(TestSilo silo)
    {
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        return code;
    }

    private static async Task<int> StoredMembersAsync(TestSilo silo, string code) =>
        await silo.Database.Participants.ReadSessionAsync(code, default).CountAsync();

    [Fact]
    public async Task Participants_join_only_while_the_session_is_open()
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        var session = silo.Grain<ISessionGrain>(code);
        var group = Group(silo, code, "GOV");

        var draft = await Assert.ThrowsAsync<CommandRejectedException>(() => group.Join(Profile));
        await session.Open();
        await group.Join(Profile);
        await session.Close();
        var closed = await Assert.ThrowsAsync<CommandRejectedException>(() => group.Join(Profile));

        Assert.Equal(Rejection.Conflict, draft.Rejection);
        Assert.Equal(Rejection.Conflict, closed.Rejection);
        Assert.Equal(1, await StoredMembersAsync(silo, code));
        Assert.Equal(1, (await group.GetSnapshot()).Members);
    }

    [Fact]
    public async Task Joined_participant_belongs_to_the_grain_group_and_is_found_by_its_token()
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        await silo.Grain<ISessionGrain>(code).Open();

        var receipt = await Group(silo, code, "CS").Join(Profile);

        var stored = await silo.Database.Participants.FindByTokenAsync(ParticipantToken.Hash(receipt.Token), default);
        Assert.Equal(receipt.Participant, stored);
        Assert.Equal("CS", stored!.Profile.Group);
        Assert.Equal(code, stored.SessionCode);
    }

    [Fact]
    public async Task Concurrent_joins_are_all_counted()
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        await silo.Grain<ISessionGrain>(code).Open();
        var group = Group(silo, code, "TC");

        var receipts = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => group.Join(Profile))));

        Assert.Equal(50, receipts.Select(r => r.Participant.Id).Distinct().Count());
        Assert.Equal(50, (await group.GetSnapshot()).Members);
    }

    [Fact]
    public async Task Members_are_recounted_from_the_store_after_reactivation()
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        await silo.Grain<ISessionGrain>(code).Open();
        var group = Group(silo, code, "GOV");
        for (var i = 0; i < 3; i++)
            await group.Join(Profile);

        // A participant who joined through another node: this activation does not know about it.
        var elsewhere = new Participant(code, ParticipantToken.NewPseudonym(), Profile, DateTimeOffset.UtcNow);
        await silo.Database.Participants.AddAsync(elsewhere, ParticipantToken.Hash(ParticipantToken.New()), default);
        await silo.DeactivateAllAsync();

        Assert.Equal(4, (await group.GetSnapshot()).Members);
    }

    [Fact]
    public async Task Invalid_profile_is_rejected_and_stores_nobody()
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        await silo.Grain<ISessionGrain>(code).Open();

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => Group(silo, code, "GOV").Join(Profile with { Country = "XK" }));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal(0, await StoredMembersAsync(silo, code));
    }

    [Theory]
    [InlineData("ACA")]
    [InlineData("gov")]
    public async Task Group_that_is_not_in_the_session_is_not_found(string groupCode)
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        await silo.Grain<ISessionGrain>(code).Open();

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => Group(silo, code, groupCode).Join(Profile));

        Assert.Equal(Rejection.NotFound, rejected.Rejection);
    }

    [Fact]
    public async Task Group_of_a_session_that_does_not_exist_is_not_found()
    {
        var silo = shared.Silo;

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => Group(silo, SessionCode.New(), "GOV").GetSnapshot());

        Assert.Equal(Rejection.NotFound, rejected.Rejection);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-0.001)]
    [InlineData(1000.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public async Task Weight_outside_zero_to_a_thousand_is_rejected_and_changes_nothing(double weight)
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);
        var group = Group(silo, code, "GOV");

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => group.SetWeight(weight));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal(1.0, (await group.GetSnapshot()).Weight);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.5)]
    [InlineData(1000.0)]
    public async Task Weight_is_kept_across_a_restart(double weight)
    {
        var silo = shared.Silo;
        var code = await CreateAsync(silo);

        Assert.Equal(weight, (await Group(silo, code, "PS").SetWeight(weight)).Weight);
        await silo.RestartAsync();

        Assert.Equal(weight, (await Group(silo, code, "PS").GetSnapshot()).Weight);
    }
}
