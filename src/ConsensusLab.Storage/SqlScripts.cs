using System.Collections.Concurrent;

namespace ConsensusLab.Storage;

/// <summary>The SQL of each provider, kept in embedded .sql files (Sql/&lt;Provider&gt;/&lt;name&gt;.sql).</summary>
internal static class SqlScripts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string provider, string name) => Cache.GetOrAdd($"{provider}.{name}", static key =>
    {
        var resource = $"ConsensusLab.Storage.Sql.{key}.sql";
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded SQL resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Migration scripts of a provider, in version order: files named NNN_description.sql.</summary>
    public static IEnumerable<(int Version, string Name)> Migrations(string provider)
    {
        var prefix = $"ConsensusLab.Storage.Sql.{provider}.";
        return typeof(SqlScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(n[prefix.Length]))
            .Select(n => n[prefix.Length..^".sql".Length])
            .Select(n => (int.Parse(n[..3], System.Globalization.CultureInfo.InvariantCulture), n))
            .OrderBy(m => m.Item1);
    }
}
