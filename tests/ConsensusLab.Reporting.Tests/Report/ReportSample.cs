using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Report;

/// <summary>
/// The report tests' session: a Likert question over two rounds and a position question, eight participants in three
/// groups (Civil society, from Nepal, answers against; Government and Technical community, from France, for).
/// </summary>
internal static class ReportSample
{
    public static SessionArchive Archive(int privacyThreshold = 1)
    {
        var archive = new TestArchive().Question(TestArchive.Likert("agree")).Question(TestArchive.Position("axis", statusQuo: -0.5));
        foreach (var (group, choice, gender) in new[] { ("GOV", 4, Gender.Female), ("GOV", 3, Gender.Male), ("GOV", 4, Gender.Female),
                     ("CS", 0, Gender.Male), ("CS", 1, Gender.Female), ("TC", 4, Gender.Male), ("TC", 3, Gender.Male), ("TC", 4, Gender.Female) })
        {
            var id = archive.Join(group, group == "CS" ? "NP" : "FR", gender: gender, ageBand: "18-24");
            archive.Answer(id, "agree", new AnswerValue(Choice: choice));
            archive.Answer(id, "axis", new AnswerValue(Position: choice / 2.0 - 1));
            // Everyone answers a second round of the Likert question, Civil society one point higher.
            archive.Answer(id, "agree", new AnswerValue(Choice: group == "CS" ? choice + 1 : choice), round: 2);
        }
        var built = archive.Build();
        return built with { Session = built.Session with { Definition = built.Session.Definition with { PrivacyThreshold = privacyThreshold } } };
    }
}
