using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>The rows summary.csv, distributions.csv and rankings.csv walk: question, round, scheme, then overall and each group.</summary>
internal static class SummaryRows
{
    public static IEnumerable<(QuestionSummary Question, RoundMeters Round, QuestionMeters Meters, GroupMeter Group)> Of(SessionSummary summary) =>
        from question in summary.Questions
        from round in question.Rounds
        from meters in round.Meters
        from meter in meters.Groups.Insert(0, meters.Overall)
        select (question, round, meters, meter);
}
