using CsvHelper;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// answers.csv's weight columns: each counted answer's respondent weight under every weighting of summary.csv, the
/// weights its recomputed figures use (<see cref="WeightingFigures"/>), so an analyst reweighting answers.csv gets
/// summary.csv's figures. Normalised to sum to n over the answers counted for the question and round.
/// </summary>
internal static class RespondentWeightColumns
{
    private const string Common = " Normalised so that the weights of the answers counted for the question and round sum to n, their number "
        + "(a weight reads as 'counts as this many respondents'); empty for a superseded answer and for an answer from a group the question does not count.";

    // The weighting each column takes its weights from, in column order.
    private static readonly (string Weighting, ExportField Field)[] Columns =
    [
        (ReportNames.Of(WeightingScheme.EqualFooting), Field.Number("weight_equal_footing",
            "The respondent's weight under equal footing, n/(G n_g) for G groups answering and n_g respondents of theirs ('Other' as the session treats it)." + Common, 0)),
        (ReportNames.Of(WeightingScheme.Headcount), Field.Number("weight_headcount",
            "The respondent's weight under headcount: 1 ('Other' as the session treats it)." + Common, 0)),
        (ReportNames.Of(WeightingScheme.Custom), Field.Number("weight_custom",
            "The respondent's weight under the moderator's group weights (all 1 unless set)." + Common, 0)),
        (WeightingFigures.Raked, Field.Number("weight_raked", "The respondent's weight raked to the moderator's margins; empty also when raking is off "
            + "or the room could not be raked (summary.json's rounds[].survey.raking says why)." + Common, 0)),
    ];

    public static IEnumerable<ExportField> Fields { get; } = [.. Columns.Select(c => c.Field)];

    /// <summary>Each counted answer's weights, by ledger sequence, in column order (null where the weighting has none).</summary>
    public static Dictionary<long, double?[]> Of(SessionSummary summary)
    {
        var weights = new Dictionary<long, double?[]>();
        foreach (var survey in summary.Questions.SelectMany(q => q.Rounds).Select(r => r.Survey).OfType<RoundSurvey>())
        {
            var byColumn = Columns.Select(c => survey.Weightings.FirstOrDefault(w => w.Weighting == c.Weighting)?.Weights).ToArray();
            for (var i = 0; i < survey.Sequences.Length; i++)
                weights[survey.Sequences[i]] = [.. byColumn.Select(w => w?[i])];
        }
        return weights;
    }

    public static void Write(CsvWriter csv, double?[]? weights)
    {
        for (var column = 0; column < Columns.Length; column++)
            ReportCsv.WriteNumber(csv, weights?[column]);
    }
}
