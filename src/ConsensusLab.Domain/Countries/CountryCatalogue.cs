using System.Collections.Frozen;
using CsvHelper;

namespace ConsensusLab.Domain.Countries;

/// <summary>The bundled country table (Resources/countries.csv, from UNSD M49 and UN DGACM), loaded once.</summary>
public sealed class CountryCatalogue
{
    /// <summary>The code a participant picks when their country or area is not listed (Kosovo, for instance).</summary>
    public const string NotListed = "ZZ";

    /// <summary>The pseudo regional group IGF statistics use for participants from intergovernmental organisations.</summary>
    public const string IntergovernmentalOrganizations = "Intergovernmental Organizations";

    /// <summary>The bucket for territories, observers and unlisted countries, which belong to no UN regional group.</summary>
    public const string NoRegionalGroup = "No UN regional group";

    private readonly FrozenDictionary<string, Country> _byIso2;

    private CountryCatalogue(IEnumerable<Country> countries) =>
        _byIso2 = countries.ToFrozenDictionary(c => c.Iso2, StringComparer.Ordinal);

    public static CountryCatalogue Bundled { get; } = Load();

    public IEnumerable<Country> All => _byIso2.Values.OrderBy(c => c.Iso2, StringComparer.Ordinal);

    public Country? Find(string iso2) => _byIso2.GetValueOrDefault(iso2);

    public bool IsKnown(string iso2) => iso2 == NotListed || _byIso2.ContainsKey(iso2);

    /// <summary>The participant's UN regional group for participation figures.</summary>
    public string RegionalGroupOf(string iso2) =>
        Find(iso2)?.RegionalGroup is { Length: > 0 } group ? group : NoRegionalGroup;

    /// <summary>The participant's development category on the day the session is held, with the graduations of the table given.</summary>
    public DevelopmentStatus DevelopmentOf(string iso2, DateOnly day, LdcGraduations graduations)
    {
        ArgumentNullException.ThrowIfNull(graduations);
        return Find(iso2) switch
        {
            null => DevelopmentStatus.Unclassified,
            var c when graduations.IsLdcOn(c, day) => DevelopmentStatus.LeastDeveloped,
            { Developed: true } => DevelopmentStatus.Developed,
            { Developed: false } => DevelopmentStatus.DevelopingExcludingLdc,
            _ => DevelopmentStatus.Unclassified,
        };
    }

    private static CountryCatalogue Load()
    {
        using var stream = typeof(CountryCatalogue).Assembly.GetManifestResourceStream("ConsensusLab.Domain.Resources.countries.csv")
            ?? throw new InvalidOperationException("The bundled countries.csv resource is missing.");
        using var csv = CsvReader.Create(stream);
        var countries = new List<Country>();
        while (csv.Read())
        {
            bool? developed = csv.GetString("development") switch { "developed" => true, "developing" => false, _ => null };
            countries.Add(new Country(csv.GetString("iso2"), csv.GetString("name"), csv.GetString("region"),
                csv.GetString("un_regional_group"), csv.GetString("ldc") == "true", developed));
        }
        return new CountryCatalogue(countries);
    }
}
