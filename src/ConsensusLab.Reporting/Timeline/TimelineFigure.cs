namespace ConsensusLab.Reporting;

/// <summary>The figure a question's timeline follows.</summary>
public enum TimelineFigure
{
    /// <summary>Likert: the weighted share in the top two points.</summary>
    Agree,

    /// <summary>Position axis: the weighted mean position, −1 … +1.</summary>
    PositionMean,
}
