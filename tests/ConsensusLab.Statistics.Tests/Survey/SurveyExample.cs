using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Tests.Survey;

/// <summary>The twelve respondents of Reference/survey_reference.R, in its order.</summary>
internal static class SurveyExample
{
    public static readonly ImmutableArray<RespondentProfile> Respondents =
    [
        new("GOV", "AFR", "F"), new("GOV", "WEOG", "M"), new("GOV", "WEOG", "F"), new("GOV", "GRULAC", "M"),
        new("PS", "AFR", "M"), new("PS", "WEOG", "F"),
        new("CS", "AFR", "F"), new("CS", "AFR", "M"), new("CS", "WEOG", "F"), new("CS", "GRULAC", "M"),
        new("CS", "GRULAC", "F"), new("CS", "WEOG", "M"),
    ];

    /// <summary>y: agrees (1) or not (0).</summary>
    public static readonly double[] Agrees = [1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0];

    /// <summary>x: a 5-point answer, 1..5.</summary>
    public static readonly double[] Answers = [4, 5, 2, 4, 1, 2, 4, 3, 5, 4, 2, 1];

    /// <summary>Equal footing on 4 GOV, 2 PS, 6 CS: each group carries 4.</summary>
    public static readonly double[] EqualFooting = [1, 1, 1, 1, 2, 2, 2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3];

    /// <summary>R: weights(rake(...)) to groups 4/4/4 and regions AFR 4.8, GRULAC 3.0, WEOG 4.2 (see the script).</summary>
    public static readonly double[] Raked =
    [
        1.098346191073656, 0.782092785515130, 0.782092785515130, 1.337468237896096,
        2.336361253404997, 1.663638746594969,
        0.682646277760674, 0.682646277760674, 0.486087841187385, 0.831265881051952,
        0.831265881051952, 0.486087841187385,
    ];

    /// <summary>R: weights(trimWeights(raked, lower = 0.5, upper = 1.5, strict = TRUE)).</summary>
    public static readonly double[] RakedAndTrimmed =
    [
        1.219868151370498, 0.903614745811972, 0.903614745811972, 1.458990198192938,
        1.5, 1.5,
        0.804168238057516, 0.804168238057516, 0.5, 0.952787841348793,
        0.952787841348793, 0.5,
    ];

    public static readonly Dictionary<string, double> RegionTargets = new() { ["AFR"] = 0.4, ["WEOG"] = 0.35, ["GRULAC"] = 0.25 };

    public static RespondentWeights Weighted(double[] weights) => new(Respondents, [.. weights]);
}
