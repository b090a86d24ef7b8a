namespace ConsensusLab.Statistics;

/// <summary>
/// Hyndman and Fan's (1996) sample quantile definitions that Delphi studies report, numbered as R's
/// stats::quantile(type = …). On a five-point scale they can put the IQR on either side of the Delphi limit, so the
/// type is named beside every unweighted quartile.
/// </summary>
public enum SampleQuantileType
{
    /// <summary>Type 2: the inverse of the empirical CDF, averaging the two answers where it is flat (SAS's default).</summary>
    Type2 = 2,

    /// <summary>Type 6: the k-th answer at p = k/(n + 1), interpolated (SPSS's and Minitab's).</summary>
    Type6 = 6,

    /// <summary>Type 7: the k-th answer at p = (k − 1)/(n − 1), interpolated (R's and Excel's default).</summary>
    Type7 = 7,
}
