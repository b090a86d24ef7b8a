using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;

namespace ConsensusLab.Domain.Countries;

/// <summary>
/// LDC graduations after the bundled list's date, as data: a CSV (iso2, name, graduation, decision, source) shipped as a
/// resource, which an operator can replace with a file of their own without a release (docs/operations.md). LDC status
/// is then evaluated on the day a session is held.
/// </summary>
public sealed class LdcGraduations
{
    /// <summary>The date of the LDC list in countries.csv.</summary>
    public static DateOnly BaseListDate { get; } = new(2024, 12, 13);

    /// <summary>The table shipped with ConsensusLab.</summary>
    public static LdcGraduations Bundled { get; } = LoadBundled();

    private readonly FrozenDictionary<string, LdcGraduation> _byIso2;

    private LdcGraduations(string origin, IEnumerable<LdcGraduation> entries)
    {
        Origin = origin;
        Entries = [.. entries.OrderBy(e => e.Iso2, StringComparer.Ordinal)];
        _byIso2 = Entries.ToFrozenDictionary(e => e.Iso2, StringComparer.Ordinal);
    }

    /// <summary>"bundled", or the path of the file read.</summary>
    public string Origin { get; }

    public ImmutableArray<LdcGraduation> Entries { get; }

    /// <summary>Whether the country is an LDC on the day: on the bundled list and not graduated by then.</summary>
    public bool IsLdcOn(Country country, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.Ldc && !(_byIso2.TryGetValue(country.Iso2, out var graduation) && day >= graduation.Graduation);
    }

    /// <summary>The list as it stood on the day, for a report to say which list it used.</summary>
    public LdcListOn ListOn(DateOnly day) => new(day, BaseListDate, Origin,
        [.. Entries.Where(e => e.Graduation <= day)], [.. Entries.Where(e => e.Decision == LdcDecision.Pending)]);

    /// <summary>Reads an operator's table; a malformed row fails with its line number, so a bad file stops the start.</summary>
    public static LdcGraduations LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFullPath(path));
    }

    public static LdcGraduations Load(Stream stream, string origin)
    {
        using var csv = CsvReader.Create(stream);
        var entries = new List<LdcGraduation>();
        var line = 1;
        while (csv.Read())
        {
            line++;
            var iso2 = csv.GetString("iso2");
            if (!DateOnly.TryParseExact(csv.GetString("graduation"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new InvalidDataException($"{origin}, line {line}: 'graduation' must be a date as yyyy-MM-dd.");
            var decision = csv.GetString("decision") switch
            {
                "decided" => LdcDecision.Decided,
                "pending" => LdcDecision.Pending,
                _ => throw new InvalidDataException($"{origin}, line {line}: 'decision' must be 'decided' or 'pending'."),
            };
            if (CountryCatalogue.Bundled.Find(iso2) is null || entries.Any(e => e.Iso2 == iso2))
                throw new InvalidDataException($"{origin}, line {line}: '{iso2}' is not a country of the table, or is listed twice.");
            entries.Add(new LdcGraduation(iso2, csv.GetString("name"), date, decision, csv.GetString("source")));
        }
        return new LdcGraduations(origin, entries);
    }

    private static LdcGraduations LoadBundled()
    {
        using var stream = typeof(LdcGraduations).Assembly.GetManifestResourceStream("ConsensusLab.Domain.Resources.ldc-graduations.csv")
            ?? throw new InvalidOperationException("The bundled ldc-graduations.csv resource is missing.");
        return Load(stream, "bundled");
    }
}
