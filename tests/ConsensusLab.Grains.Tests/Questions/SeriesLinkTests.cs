using ConsensusLab.Grains.Questions;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Questions;

/// <summary>A question's series (issue 13) is grain state: written before it is acknowledged, found in the store by name.</summary>
[Collection(SharedSilo.Collection)]
public sealed class SeriesLinkTests(SharedSilo shared)
{
    [Fact]
    public async Task A_series_link_survives_deactivation_and_is_found_in_the_store()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var series = $"series-{Guid.NewGuid():N}";

        var linked = await Question(silo, code, "q1").LinkSeries(series);
        await silo.DeactivateAllAsync();

        Assert.Equal(series, linked.Series);
        Assert.Equal(series, (await Question(silo, code, "q1").GetSnapshot()).Series);
        var stored = new StoredSeries(silo.States);
        Assert.Equal(series, await stored.OfAsync(code, "q1", default));
        var member = Assert.Single(await stored.MembersAsync(series, default).ToListAsync());
        Assert.Equal((code, "q1"), (member.SessionCode, member.Definition.Id));
    }

    [Fact]
    public async Task Unlinking_leaves_the_series_empty()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var series = $"series-{Guid.NewGuid():N}";
        await Question(silo, code, "q1").LinkSeries(series);

        var unlinked = await Question(silo, code, "q1").LinkSeries(null);

        Assert.Null(unlinked.Series);
        Assert.Empty(await new StoredSeries(silo.States).MembersAsync(series, default).ToListAsync());
    }
}
