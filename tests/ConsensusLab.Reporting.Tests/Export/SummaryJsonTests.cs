using System.Text.Json;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Export;

public sealed class SummaryJsonTests
{
    private static async Task<(string Text, JsonElement Root)> Export(TestArchive archive)
    {
        using var stream = new MemoryStream();
        await SessionExporter.WriteSummaryJsonAsync(archive.Build(), stream, CancellationToken.None);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return (text, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static TestArchive LikertArchive()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("CS", "q1", new AnswerValue(Choice: 0));
        return archive;
    }

    [Fact]
    public async Task Names_are_camel_case_and_enums_are_camel_case_strings()
    {
        var (_, root) = await Export(LikertArchive());

        Assert.Equal(TestArchive.Code, root.GetProperty("sessionCode").GetString());
        Assert.Equal("2026-11-23", root.GetProperty("heldOn").GetString());
        var question = root.GetProperty("questions")[0];
        Assert.Equal("likert", question.GetProperty("kind").GetString());
        Assert.Equal(["equalFooting", "headcount", "custom"],
            question.GetProperty("meters").EnumerateArray().Select(m => m.GetProperty("scheme").GetString()));
        var overall = question.GetProperty("meters")[1].GetProperty("overall");
        Assert.Equal(0.5, overall.GetProperty("agree").GetProperty("estimate").GetDouble(), 12);
        Assert.Equal(2, overall.GetProperty("respondents").GetInt32());
        Assert.Equal(1, root.GetProperty("customWeights").GetProperty("GOV").GetDouble());
    }

    [Fact]
    public async Task The_consensus_figures_and_between_group_tests_are_included()
    {
        var (_, root) = await Export(LikertArchive());

        var headcount = root.GetProperty("questions")[0].GetProperty("meters")[1];
        var consensus = headcount.GetProperty("overall").GetProperty("ordinalConsensus");
        // Half agree, half disagree: no consensus either way, and the room is split between the extremes.
        Assert.Equal("noConsensus", consensus.GetProperty("verdict").GetString());
        Assert.Equal(0, consensus.GetProperty("tastleWierman").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Object, headcount.GetProperty("betweenGroups").ValueKind);
    }

    [Fact]
    public async Task Undefined_figures_are_written_as_null_and_never_as_NaN()
    {
        var (text, root) = await Export(LikertArchive().Weight("GOV", 0).Weight("CS", 0));

        var meters = root.GetProperty("questions")[0].GetProperty("meters");
        var technical = meters[0].GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "TC");
        Assert.Equal(JsonValueKind.Null, technical.GetProperty("effectiveN").ValueKind);
        Assert.Equal(JsonValueKind.Null, technical.GetProperty("agree").GetProperty("estimate").ValueKind);
        Assert.Equal(JsonValueKind.Null, technical.GetProperty("position").ValueKind);
        var customOverall = meters[2].GetProperty("overall");
        Assert.Equal(JsonValueKind.Null, customOverall.GetProperty("agree").GetProperty("estimate").ValueKind);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_question_carries_its_axis()
    {
        var archive = new TestArchive().Question(TestArchive.Position("axis", statusQuo: 0.2));
        archive.Answered("GOV", "axis", new AnswerValue(Position: 0.6));

        var (_, root) = await Export(archive);

        var question = root.GetProperty("questions")[0];
        Assert.Equal("position", question.GetProperty("kind").GetString());
        Assert.Equal("Evolve existing structures", question.GetProperty("axis").GetProperty("left").GetString());
        Assert.Equal(0.2, question.GetProperty("axis").GetProperty("statusQuo").GetDouble());
        var position = question.GetProperty("meters")[0].GetProperty("overall").GetProperty("position");
        Assert.Equal(0.6, position.GetProperty("mean").GetDouble(), 12);
        Assert.Equal(0, position.GetProperty("shareBelowStatusQuo").GetDouble(), 12);
    }
}
