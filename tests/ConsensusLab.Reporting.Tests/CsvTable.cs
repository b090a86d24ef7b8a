using CsvHelper;

namespace ConsensusLab.Reporting.Tests;

/// <summary>A CSV file read back with CsvHelper: its header and its rows by column name.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvTable Parse(byte[] utf8)
    {
        using var csv = CsvReader.Create(utf8);
        var header = csv.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(f => f.name, f => f.value));
        return new CsvTable(header, rows);
    }

    public static async Task<CsvTable> WriteAndParse(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        return Parse(stream.ToArray());
    }
}
