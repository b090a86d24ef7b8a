namespace ConsensusLab.Statistics;

/// <summary>The figure a comparison across sessions follows: it depends on the kind of question.</summary>
public enum ComparedMeasure
{
    /// <summary>Likert: the share in the top two points, as the meters define agreement.</summary>
    Agree,

    /// <summary>Position axis: the mean position, −1 … +1.</summary>
    PositionMean,
}
