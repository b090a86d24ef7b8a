using ConsensusLab.Domain.Questions;
using static ConsensusLab.Reporting.ReportFormat;

namespace ConsensusLab.Reporting;

/// <summary>A <see cref="GroupReading"/> in the report's language, as HTML.</summary>
internal static class ReadingSentence
{
    public static string Of(ReportContext context, QuestionSummary question, GroupReading reading)
    {
        var text = context.Text;
        var groups = ("groups", Count(reading.GroupsCompared));
        var sentence = reading.Kind switch
        {
            ReadingKind.TooFewGroups => Encode(text["report.reading.tooFew"]),
            ReadingKind.AllAgree => text.Format("report.reading.allAgree", groups),
            ReadingKind.AllDisagree => text.Format("report.reading.allDisagree", groups),
            ReadingKind.AllLeanLeft => text.Format("report.reading.allLean", groups, ("end", User(question.Axis?.Left ?? ""))),
            ReadingKind.AllLeanRight => text.Format("report.reading.allLean", groups, ("end", User(question.Axis?.Right ?? ""))),
            ReadingKind.Split => text.Format("report.reading.split", ("first", context.GroupName(reading.First!)), ("second", context.GroupName(reading.Second!))),
            ReadingKind.Alike => text.Format("report.reading.alike", groups),
            ReadingKind.Differ => text.Format("report.reading.differ", groups),
            _ => text.Format(question.Kind == QuestionKind.Position ? "report.reading.mixedPosition" : "report.reading.mixed",
                ("leaning", Count(reading.Leaning)), groups),
        };
        return reading.Polarized ? $"{sentence} {Encode(text["report.reading.polarized"])}" : sentence;
    }
}
