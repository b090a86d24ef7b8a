using System.Collections.Immutable;
using System.Globalization;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;
using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// The moderator's request to balance the room: respondent weights raked (iterative proportional fitting) to the
/// stakeholder group and UN regional group margins, optionally gender, used by the recomputed view and the exports.
/// Part of the session's persisted state. The live meters stay on the group schemes: raked weights differ within a
/// group, and a tally keeps counts per group only.
/// </summary>
/// <param name="Enabled">Whether the exports and the recomputed view carry raked figures.</param>
/// <param name="IncludeGender">Whether gender is a third margin.</param>
/// <param name="GroupShares">Target share per stakeholder group code (relative; divided by their sum); null = equal across the groups present.</param>
/// <param name="RegionShares">Target share per regional bucket (<see cref="RespondentCategories.Regions"/>); null = equal.</param>
/// <param name="GenderShares">Target share per gender code (<see cref="RespondentCategories.Genders"/>); null = equal.</param>
/// <param name="Tolerance">Largest accepted gap between a weighted share and its target, in (0, 0.01].</param>
/// <param name="MaxIterations">Cap on passes over the margins, 1 … 1000.</param>
/// <param name="TrimLower">Lower trimming bound as a multiple of the mean weight, [0, 1]; null = no lower bound.</param>
/// <param name="TrimUpper">Upper trimming bound as a multiple of the mean weight, ≥ 1; null = no upper bound.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.RakingSettings")]
public sealed record RakingSettings(
    bool Enabled = false,
    bool IncludeGender = false,
    ImmutableDictionary<string, double>? GroupShares = null,
    ImmutableDictionary<string, double>? RegionShares = null,
    ImmutableDictionary<string, double>? GenderShares = null,
    double Tolerance = RakingSettings.DefaultTolerance,
    int MaxIterations = RakingSettings.DefaultMaxIterations,
    double? TrimLower = null,
    double? TrimUpper = null)
{
    public const double DefaultTolerance = 1e-6;
    public const double MaxTolerance = 0.01;
    public const int DefaultMaxIterations = 100;
    public const int MaxIterationCap = 1000;

    /// <summary>No raking: the figures use the group schemes only.</summary>
    public static RakingSettings Off { get; } = new();

    /// <summary>The margins the statistics library rakes to.</summary>
    public IReadOnlyList<RakingMargin> Margins() =>
    [
        new(RespondentTrait.Group, GroupShares),
        new(RespondentTrait.RegionalGroup, RegionShares),
        .. IncludeGender ? [new RakingMargin(RespondentTrait.Gender, GenderShares)] : Array.Empty<RakingMargin>(),
    ];

    /// <summary>Tolerance, iteration cap and trimming bounds as the statistics library takes them.</summary>
    public RakingOptions ToOptions() => new(Tolerance, MaxIterations,
        TrimLower is null && TrimUpper is null ? null : new WeightTrimming(TrimLower ?? 0, TrimUpper ?? double.PositiveInfinity));

    /// <summary>
    /// What is wrong with the settings for a session with these groups, one sentence each; empty when they can be
    /// used. Whether the room's respondents can meet the targets is known only when the figures are computed.
    /// </summary>
    public IReadOnlyList<string> Problems(IEnumerable<StakeholderGroup> groups)
    {
        var problems = new List<string>();
        // Written so that NaN fails every test: a comparison with NaN is false.
        if (!(Tolerance > 0 && Tolerance <= MaxTolerance))
            problems.Add(Invariant($"'tolerance' must lie in (0, {MaxTolerance}]; it is {Tolerance}."));
        if (MaxIterations is < 1 or > MaxIterationCap)
            problems.Add(Invariant($"'maxIterations' must lie in [1, {MaxIterationCap}]; it is {MaxIterations}."));
        if (TrimLower is { } lower && !(lower >= 0 && lower <= 1))
            problems.Add(Invariant($"'trimLower' must lie in [0, 1] times the mean weight; it is {lower}."));
        if (TrimUpper is { } upper && !(upper >= 1 && double.IsFinite(upper)))
            problems.Add(Invariant($"'trimUpper' must be at least 1 times the mean weight; it is {upper}."));
        SharesProblems("groupShares", GroupShares, [.. groups.Select(g => g.Code)], problems);
        SharesProblems("regionShares", RegionShares, RespondentCategories.Regions, problems);
        SharesProblems("genderShares", GenderShares, RespondentCategories.Genders, problems);
        return problems;
    }

    private static void SharesProblems(string name, ImmutableDictionary<string, double>? shares, IReadOnlyList<string> known, List<string> problems)
    {
        if (shares is null)
            return;
        foreach (var (category, share) in shares.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (!known.Contains(category))
                problems.Add(Invariant($"'{name}' names '{category}', which is not one of: {string.Join(", ", known)}."));
            if (!(share >= 0 && double.IsFinite(share)))
                problems.Add(Invariant($"'{name}' gives '{category}' the share {share}; a share must be a finite number ≥ 0."));
        }
        if (!(shares.Values.Sum() > 0))
            problems.Add($"'{name}' must give at least one category a positive share (or be left out for equal shares).");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
