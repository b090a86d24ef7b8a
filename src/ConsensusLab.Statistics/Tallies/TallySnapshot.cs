using System.Collections.Immutable;
using Orleans;

namespace ConsensusLab.Statistics;

/// <summary>An immutable copy of a question's tally, stamped with the version it was taken at.</summary>
/// <param name="Scale">The question's scale.</param>
/// <param name="Groups">Per group tallies, in the tally's fixed group order.</param>
/// <param name="Version">The owner's version number when the snapshot was taken.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.TallySnapshot")]
public sealed record TallySnapshot(Scale Scale, ImmutableArray<GroupTally> Groups, long Version)
{
    /// <summary>A snapshot with no respondents, at version 0.</summary>
    public static TallySnapshot Empty(Scale scale, IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(groups);
        var zeros = ImmutableArray.Create(new long[scale.CellCount]);
        var builder = ImmutableArray.CreateBuilder<GroupTally>(groups.Count);
        foreach (var group in groups)
        {
            builder.Add(new GroupTally(group, 0, zeros));
        }

        return new TallySnapshot(scale, builder.MoveToImmutable(), 0);
    }
}
