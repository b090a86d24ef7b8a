using System.Collections.Immutable;
using ConsensusLab.Statistics;
using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Reporting;

/// <summary>
/// statement_figures.csv: each statement's agree / disagree / pass shares among those who voted, overall under every
/// weighting scheme and per stakeholder group, with Wilson intervals (as the console shows them), round by round.
/// </summary>
internal static class StatementFiguresCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.StatementFiguresCsv,
        "One row per statement, round, weighting scheme and group (overall included) with at least one vote in the round.",
        [
            vocabulary.Question, ExportVocabulary.Round,
            Field.Integer("statement", "The statement (statements.csv).", true, 0),
            ExportVocabulary.Scheme, vocabulary.Group(overall: true),
            Field.Integer("voted", "Participants whose current vote on the statement counts here, passes included.", true, 0),
            Field.Integer("agree", "Of them, agreeing.", true, 0),
            Field.Integer("disagree", "Of them, disagreeing.", true, 0),
            Field.Integer("pass", "Of them, passing.", true, 0),
            Field.Number("effective_n", "Kish's effective number the intervals use; empty when undefined.", 0),
            Field.Share("agree_share", "Agree share among those who voted (overall: weighted by the scheme)."),
            Field.Share("agree_lower", "Lower bound of the Wilson interval at the session's confidence level."),
            Field.Share("agree_upper", "Upper bound."),
            Field.Share("disagree_share", "Disagree share."), Field.Share("disagree_lower", "Lower bound."), Field.Share("disagree_upper", "Upper bound."),
            Field.Share("pass_share", "Pass share."), Field.Share("pass_lower", "Lower bound."), Field.Share("pass_upper", "Upper bound."),
        ])
    {
        PrimaryKey = ["question", "round", "statement", "scheme", "group"],
        ForeignKeys = [new(["question", "statement"], "statements", ["question", "statement"])],
    };

    public static async Task WriteAsync(SessionArchive archive, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var schemes = DeliberationReplay.Schemes(archive);
        var confidence = archive.Session.MeterSettings.Confidence;
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var round in DeliberationReplay.CurrentVotes(archive).GroupBy(v => (v.QuestionId, v.Round)))
        {
            foreach (var (statement, byGroup) in DeliberationReplay.Counts(round).OrderBy(s => s.Key))
            {
                foreach (var weighting in schemes)
                {
                    var figure = StatementFigures.Of(statement, byGroup, weighting, confidence);
                    foreach (var shares in figure.Groups.Insert(0, figure.Overall))
                    {
                        csv.WriteField(round.Key.QuestionId);
                        csv.WriteField(round.Key.Round, "");
                        csv.WriteField(statement, "");
                        csv.WriteField(ReportNames.Of(weighting.Scheme));
                        csv.WriteField(shares.Group);
                        Write(csv, shares);
                        await csv.EndRecordAsync(cancellationToken);
                    }
                }
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void Write(CsvHelper.CsvWriter csv, StatementShares shares)
    {
        csv.WriteField(shares.Counts.Voted, "");
        csv.WriteField(shares.Counts.Agree, "");
        csv.WriteField(shares.Counts.Disagree, "");
        csv.WriteField(shares.Counts.Pass, "");
        ReportCsv.WriteNumber(csv, shares.EffectiveN);
        foreach (var share in (ImmutableArray<Proportion>)[shares.Agree, shares.Disagree, shares.Pass])
        {
            ReportCsv.WriteNumber(csv, share.Estimate);
            ReportCsv.WriteNumber(csv, share.Lower);
            ReportCsv.WriteNumber(csv, share.Upper);
        }
    }
}
