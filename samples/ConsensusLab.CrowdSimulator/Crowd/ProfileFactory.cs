using ConsensusLab.CrowdSimulator.Api;

namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>
/// Draws participant profiles with the mix of an IGF workshop room. The first participants take every stakeholder
/// group and every UN regional group in turn, so a run of any size shows them all.
/// </summary>
internal sealed class ProfileFactory
{
    private static readonly Dictionary<string, double> GroupShares = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GOV"] = 0.22, ["IGO"] = 0.08, ["PS"] = 0.18, ["CS"] = 0.30, ["TC"] = 0.15, ["ACA"] = 0.05, ["OTHER"] = 0.02,
    };

    private static readonly Dictionary<string, double> RegionShares = new(StringComparer.Ordinal)
    {
        ["African Group"] = 0.20, ["Asia-Pacific Group"] = 0.25, ["Eastern European Group"] = 0.10,
        ["Latin American and Caribbean Group"] = 0.15, ["Western European and Others Group"] = 0.30,
    };

    private static readonly (string? Value, double Share)[] Genders =
        [("female", 0.42), ("male", 0.47), ("other", 0.02), ("preferNotToSay", 0.03), (null, 0.06)];

    private static readonly (string? Value, double Share)[] AgeBands =
    [
        ("18-24", 0.07), ("25-29", 0.10), ("30-34", 0.12), ("35-39", 0.13), ("40-49", 0.22), ("50-59", 0.18),
        ("60-plus", 0.08), (null, 0.10),
    ];

    private readonly List<string> _groups;
    private readonly List<(string Region, IReadOnlyList<string> Countries)> _regions;

    public ProfileFactory(IReadOnlyList<GroupView> groups, IReadOnlyList<CountryView> countries)
    {
        _groups = [.. groups.Select(g => g.Code)];
        var byRegion = countries.Where(c => !string.IsNullOrEmpty(c.RegionalGroup))
            .GroupBy(c => c.RegionalGroup!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Region: g.Key, Countries: (IReadOnlyList<string>)[.. g.Select(c => c.Iso2)]))
            .ToList();
        // A server that sends no regional groups still gets a crowd from its countries, just without the spread.
        _regions = byRegion.Count > 0 ? byRegion : [("", [.. countries.Select(c => c.Iso2)])];
    }

    public Profile Create(int index, Random random)
    {
        var group = index < _groups.Count ? _groups[index] : Pick(random, _groups, g => GroupShares.GetValueOrDefault(g, 0.03));
        var region = index < _regions.Count ? _regions[index] : Pick(random, _regions, r => RegionShares.GetValueOrDefault(r.Region, 0.05));
        var country = region.Countries[random.Next(region.Countries.Count)];
        var attendance = random.NextDouble() < 0.6 ? "onsite" : "online";
        return new Profile(group, country, attendance, Pick(random, Genders, g => g.Share).Value, Pick(random, AgeBands, a => a.Share).Value);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, double> share)
    {
        var total = items.Sum(share);
        var draw = random.NextDouble() * total;
        foreach (var item in items)
        {
            draw -= share(item);
            if (draw < 0)
                return item;
        }
        return items[^1];
    }
}
