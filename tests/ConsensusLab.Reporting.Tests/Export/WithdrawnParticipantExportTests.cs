using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Export;

/// <summary>
/// Issue 13: a participant who withdrew leaves every export file and every figure, as docs/security.md promises, while
/// the ledger keeps their entries.
/// </summary>
public sealed class WithdrawnParticipantExportTests
{
    // Only the participation figures may tell the two exports apart: they count the participant who withdrew.
    private static readonly string[] CountingWithdrawals = [SessionExporter.ParticipationCsv, SessionExporter.ParticipationJson];

    /// <summary>The sample's questions and answers; <paramref name="withdrawing"/> adds a participant who answers everything, then withdraws.</summary>
    private static TestArchive Room(bool withdrawing, out string? withdrawn)
    {
        var archive = new TestArchive()
            .Question(TestArchive.Likert("q1"))
            .Question(TestArchive.Position("axis"))
            .Question(TestArchive.Choices("priorities", QuestionKind.Ranking, "ICANN", "IGF", "ITU"));
        foreach (var (group, choice) in new[] { ("GOV", 4), ("CS", 1), ("TC", 3) })
        {
            var id = archive.Answered(group, "q1", new AnswerValue(Choice: choice));
            archive.Answer(id, "axis", new AnswerValue(Position: choice / 4.0));
            archive.Answer(id, "priorities", new AnswerValue(Ranking: [choice % 3, (choice + 1) % 3, (choice + 2) % 3]));
            archive.Answer(id, "q1", new AnswerValue(Choice: 4 - choice), round: 2);
        }
        withdrawn = null;
        if (!withdrawing)
            return archive;
        withdrawn = archive.Answered("CS", "q1", new AnswerValue(Choice: 0));
        archive.Answer(withdrawn, "axis", new AnswerValue(Position: -1));
        archive.Answer(withdrawn, "priorities", new AnswerValue(Ranking: [2, 1, 0]));
        archive.Answer(withdrawn, "q1", new AnswerValue(Choice: 0), round: 2);
        archive.WithdrawFromSession(withdrawn);
        return archive;
    }

    [Fact]
    public async Task A_withdrawn_participant_is_in_no_export_file_and_every_figure_equals_the_room_without_them()
    {
        var withWithdrawal = Room(withdrawing: true, out var withdrawn);
        using var withdrew = new ExportDirectory();
        using var neverCame = new ExportDirectory();

        await withdrew.ExportAsync(withWithdrawal.Build());
        await neverCame.ExportAsync(Room(withdrawing: false, out _).Build());

        foreach (var name in SessionExporter.FileNames)
        {
            var text = await File.ReadAllTextAsync(withdrew.File(name));
            Assert.DoesNotContain(withdrawn!, text, StringComparison.Ordinal);
            if (!CountingWithdrawals.Contains(name))
                Assert.True(text == await File.ReadAllTextAsync(neverCame.File(name)), $"{name} differs from the export of the room without them.");
        }
        // The ledger the archive was made from still holds all of them: four answers and three withdrawals.
        Assert.Equal(7, withWithdrawal.Ledger.Count(r => r.Entry.ParticipantId == withdrawn));
        var participation = CsvTable.Parse(await File.ReadAllBytesAsync(withdrew.File(SessionExporter.ParticipationCsv)));
        Assert.Equal("1", participation.Rows.Single(r => r["code"] == "withdrawn")["count"]);
    }
}
