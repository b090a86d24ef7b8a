namespace ConsensusLab.Statistics;

/// <summary>One margin that raking makes the weighted shares meet.</summary>
/// <param name="Attribute">The attribute whose categories form the margin.</param>
/// <param name="TargetShares">
/// The moderator's target share per category, relative (divided by their sum, so percentages or counts both work);
/// null means equal shares across the categories that have respondents. A category with respondents must have a
/// target (zero is allowed and drops its respondents' weight); a positive target needs respondents.
/// </param>
public sealed record RakingMargin(RespondentTrait Attribute, IReadOnlyDictionary<string, double>? TargetShares = null)
{
    /// <summary>Equal shares across the categories present.</summary>
    public static RakingMargin EqualShares(RespondentTrait attribute) => new(attribute);
}
