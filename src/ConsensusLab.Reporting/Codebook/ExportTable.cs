using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>The layout of one CSV export file: a Frictionless Data Resource with its Table Schema.</summary>
/// <param name="FileName">The file, e.g. answers.csv.</param>
/// <param name="Description">What one row is.</param>
/// <param name="Fields">The columns, in file order.</param>
internal sealed record ExportTable(string FileName, string Description, ImmutableArray<ExportField> Fields)
{
    /// <summary>The resource name in datapackage.json: the file name without its extension.</summary>
    public string Name => Path.GetFileNameWithoutExtension(FileName);

    /// <summary>The columns that identify a row.</summary>
    public ImmutableArray<string> PrimaryKey { get; init; } = [];

    public ImmutableArray<ExportForeignKey> ForeignKeys { get; init; } = [];
}
