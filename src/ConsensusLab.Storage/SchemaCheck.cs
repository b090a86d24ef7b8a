using System.Data.Common;

namespace ConsensusLab.Storage;

/// <summary>Reads which migrations a database holds and says which of this build's are missing.</summary>
internal static class SchemaCheck
{
    public static async Task<string?> ProblemAsync(DbCommand readApplied, string provider, CancellationToken cancellationToken)
    {
        var applied = new HashSet<int>();
        await using (var reader = await readApplied.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetInt32(0));
        var missing = SqlScripts.Migrations(provider).Where(m => !applied.Contains(m.Version)).Select(m => m.Name).ToList();
        return missing.Count == 0 ? null : $"The schema lacks migrations {string.Join(", ", missing)}.";
    }
}
