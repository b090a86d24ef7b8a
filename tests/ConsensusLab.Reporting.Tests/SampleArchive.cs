using System.Collections.Immutable;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests;

/// <summary>
/// A session with every kind of question, two rounds, a replaced answer and a withdrawal: every export file has rows,
/// and every kind of cell (codes, positions, items, undefined figures, booleans, tiny interval bounds) occurs.
/// </summary>
internal static class SampleArchive
{
    public static SessionArchive Build()
    {
        var archive = new TestArchive()
            .Question(TestArchive.Likert("q1"))
            .Question(TestArchive.Likert("q2"))
            .Question(TestArchive.Position("axis", statusQuo: 0))
            .Question(TestArchive.Choices("areas", QuestionKind.MultipleChoice, "Security", "Access", "=Rights"))
            .Question(TestArchive.Choices("priorities", QuestionKind.Ranking, "ICANN", "IGF", "ITU"))
            .Question(TestArchive.Choices("venue", QuestionKind.SingleChoice, "Geneva", "Nairobi"))
            .Question(Talk);
        var people = new[]
        {
            archive.Join("GOV", "NP", Attendance.Online, Gender.Female, "25-29"),
            archive.Join("GOV", "FR", Attendance.Onsite, Gender.Male, "40-49"),
            archive.Join("CS", "BR", Attendance.Onsite, Gender.Female, "18-24"),
            archive.Join("CS", "KE", Attendance.Online),
            archive.Join("TC", "DE", Attendance.Onsite, Gender.Male),
        };
        for (var i = 0; i < people.Length; i++)
        {
            archive.Answer(people[i], "q1", new AnswerValue(Choice: i % 5));
            archive.Answer(people[i], "q2", new AnswerValue(Choice: 4));
            archive.Answer(people[i], "axis", new AnswerValue(Position: -0.9 + (0.35 * i)));
            archive.Answer(people[i], "areas", new AnswerValue(Choices: [i % 3, (i + 1) % 3]));
            archive.Answer(people[i], "priorities", new AnswerValue(Ranking: [i % 3, (i + 1) % 3, (i + 2) % 3]));
            archive.Answer(people[i], "venue", new AnswerValue(Choice: i % 2));
            // Round 2: the room moves towards agreement and to the right.
            archive.Answer(people[i], "q1", new AnswerValue(Choice: Math.Min(4, (i % 5) + 1)), round: 2);
            archive.Answer(people[i], "q2", new AnswerValue(Choice: 3), round: 2);
            archive.Answer(people[i], "axis", new AnswerValue(Position: -0.5 + (0.3 * i)), round: 2);
        }
        archive.Answer(people[0], "venue", new AnswerValue(Choice: 1));
        archive.Withdraw(people[4], "venue");
        // Issue 14: everyone votes on every seeded statement, one vote changed; one written statement waits for moderation.
        for (var i = 0; i < people.Length; i++)
        {
            for (var statement = 0; statement < Talk.Options.Length; statement++)
                archive.Answer(people[i], Talk.Id, new AnswerValue(Statement: statement, Vote: ((i + statement) % 3) - 1));
        }
        archive.Answer(people[1], Talk.Id, new AnswerValue(Statement: 0, Vote: 1));
        var seeded = Talk.Options.Select((text, id) => new Statement(id, text, "en", null, null, StatementStatus.Accepted, TestArchive.RecordedAt(0)));
        var written = new Statement(Talk.Options.Length, "Publish every input.", "en", people[2], "CS", StatementStatus.Pending, TestArchive.RecordedAt(1), "w1");
        return archive.Build() with { Statements = new Dictionary<string, ImmutableArray<Statement>> { [Talk.Id] = [.. seeded, written] } };
    }

    private static QuestionDefinition Talk { get; } = new QuestionDefinition("talk", QuestionKind.Statements, "What next?",
        [.. Enumerable.Range(1, 8).Select(i => $"Statement {i}.")], Statements: StatementSettings.Default).WithDefaults();
}
