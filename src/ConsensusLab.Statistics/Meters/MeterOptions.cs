namespace ConsensusLab.Statistics;

/// <summary>The moderator-facing parameters of the live meters.</summary>
/// <param name="Confidence">Confidence level of the Wilson intervals; 0.95 by default.</param>
/// <param name="Delphi">The Delphi consensus rule; <see cref="DelphiCriteria.Default"/> when null.</param>
/// <param name="EstebanRayAlpha">Esteban–Ray sensitivity α; 1.3 by default.</param>
public sealed record MeterOptions(double Confidence = 0.95, DelphiCriteria? Delphi = null,
    double EstebanRayAlpha = EstebanRay.DefaultAlpha)
{
    /// <summary>95% intervals, Delphi 0.70 with IQR ≤ (k − 1)/4, α = 1.3.</summary>
    public static MeterOptions Default { get; } = new();

    /// <summary>The Delphi rule in force.</summary>
    public DelphiCriteria DelphiRule => Delphi ?? DelphiCriteria.Default;
}
