namespace ConsensusLab.Storage.Tests;

/// <summary>How the database itself describes an index: its key columns in order, and whether it is unique and partial.</summary>
public sealed record IndexShape(IReadOnlyList<string> Columns, bool Unique, bool Partial);
