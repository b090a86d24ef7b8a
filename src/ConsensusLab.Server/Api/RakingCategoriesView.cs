using System.Collections.Immutable;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>The codes raking targets are keyed by, beside the session's own group codes: what the console lists.</summary>
/// <param name="Regions">The UN regional groups, then the IGO and no-group buckets.</param>
/// <param name="Genders">The gender codes, then the code for "not declared".</param>
public sealed record RakingCategoriesView(ImmutableArray<string> Regions, ImmutableArray<string> Genders)
{
    public static RakingCategoriesView All { get; } = new(RespondentCategories.Regions, RespondentCategories.Genders);
}
