using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>Fields whose values, when all present, name a row of another export file (answer codes → codes.csv).</summary>
internal sealed record ExportForeignKey(ImmutableArray<string> Fields, string Resource, ImmutableArray<string> ReferenceFields);
