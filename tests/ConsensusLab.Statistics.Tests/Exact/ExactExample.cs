using ConsensusLab.Statistics.Tests.Survey;

namespace ConsensusLab.Statistics.Tests.Exact;

/// <summary>The twelve respondents of Reference/exact_reference.R: SurveyExample's, with an exact position each.</summary>
internal static class ExactExample
{
    /// <summary>pos: exact positions, tied at −0.5 (a GOV and a PS respondent) and 0.25 (one GOV, two CS).</summary>
    public static readonly double[] Positions = [0.734, 0.25, -0.5, 0.9137, -0.5, -0.12, 0.25, 0.0061, 0.58, 0.25, -0.8821, 0.3333];

    /// <summary>grp as codes: GOV 0, PS 1, CS 2.</summary>
    public static readonly int[] Groups = [.. SurveyExample.Respondents.Select(r => r.Group switch { "GOV" => 0, "PS" => 1, _ => 2 })];

    /// <summary>The weights by the name the R script gives them: wef (equal footing) and wr (raked).</summary>
    public static double[] Weights(string name) => name switch
    {
        "wef" => SurveyExample.EqualFooting,
        "wr" => SurveyExample.Raked,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown weights."),
    };
}
