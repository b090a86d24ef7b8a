using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>The live figures of one group, or of all groups together ("overall").</summary>
/// <param name="Group">The group code, or <see cref="OverallGroup"/>.</param>
/// <param name="Respondents">Respondents n, including those of zero-weight groups.</param>
/// <param name="TotalWeight">Σw under the scheme.</param>
/// <param name="EffectiveN">Kish (Σw)²/Σw²; null when n = 0 (or, overall, when no one carries weight).</param>
/// <param name="Distribution">Weighted shares per display category; empty when n = 0.</param>
/// <param name="Agree">Ordinal only: share in the top two points; null for other kinds.</param>
/// <param name="Disagree">Ordinal only: share in the bottom two points; null for other kinds.</param>
/// <param name="Position">Position only.</param>
/// <param name="Ranking">Ranking only (empty otherwise), ordered by item index.</param>
public sealed record GroupMeter(
    string Group,
    long Respondents,
    double TotalWeight,
    double? EffectiveN,
    ImmutableArray<double> Distribution,
    Proportion? Agree,
    Proportion? Disagree,
    PositionSummary? Position,
    ImmutableArray<RankedItem> Ranking)
{
    /// <summary>The group code of the meter over all groups.</summary>
    public const string OverallGroup = "overall";

    /// <summary>
    /// True when the group has fewer respondents than the session's privacy threshold: its figures are withheld
    /// (respondents 0, everything else undefined) so that nobody's answer can be read off a small cell.
    /// </summary>
    public bool Suppressed { get; init; }

    /// <summary>The stand-in for a group whose figures are withheld.</summary>
    public static GroupMeter SuppressedFor(string group) =>
        new(group, 0, 0, null, [], null, null, null, []) { Suppressed = true };

    /// <summary>Kish's design effect n / n_eff (1 within a group); null when n_eff is undefined.</summary>
    public double? DesignEffect { get; init; }

    /// <summary>Ordinal only: Tastle–Wierman, van der Eijk, Leik, quartiles and the Delphi verdict.</summary>
    public OrdinalConsensus? OrdinalConsensus { get; init; }

    /// <summary>
    /// Ordinal and Position: Esteban–Ray polarization, 0 .. 1, over the Likert points, or over the thirds of the position
    /// axis (see <see cref="PositionPolarization"/>).
    /// </summary>
    public double? Polarization { get; init; }

    /// <summary>
    /// Single choice (Ordinal and Nominal): the weighted share of the most chosen answer, 1/k .. 1; null for other
    /// kinds and when nobody carries weight.
    /// </summary>
    public double? ModalShare { get; init; }

    /// <summary>Position only: Sarle's bimodality coefficient and the split-room flag.</summary>
    public PositionShape? PositionShape { get; init; }

    /// <summary>Ranking only: Kendall's W with its chi-square test; null with fewer than two rankings.</summary>
    public RankingConcordance? RankingConcordance { get; init; }
}
