namespace ConsensusLab.Statistics;

/// <summary>One session's figure for one group (or overall) under one scheme. Null fields = not computable.</summary>
/// <param name="Session">The session's code.</param>
/// <param name="Estimate">The share agreeing or the mean position.</param>
/// <param name="Lower">Lower bound: Wilson on Kish's n_eff (share) or mean − t_{n−1}·SE (position).</param>
/// <param name="Upper">Upper bound, likewise.</param>
/// <param name="StandardError">Position: the linearisation SE; share: √(p(1 − p)/n_eff), the SE the z test is built from.</param>
/// <param name="EffectiveN">Kish's (Σw)²/Σw² (n within a group).</param>
/// <param name="Respondents">Respondents counted (0 when withheld).</param>
/// <param name="Suppressed">The group is below the session's privacy threshold: every figure is withheld.</param>
public sealed record SessionFigure(string Session, double? Estimate, double? Lower, double? Upper, double? StandardError,
    double? EffectiveN, long Respondents, bool Suppressed)
{
    /// <summary>No figure: no respondents, or withheld.</summary>
    public static SessionFigure Undefined(string session, bool suppressed) => new(session, null, null, null, null, null, 0, suppressed);
}
