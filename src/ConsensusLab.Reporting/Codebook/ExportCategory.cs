namespace ConsensusLab.Reporting;

/// <summary>One allowed value of a coded field and what it means.</summary>
internal sealed record ExportCategory(string Value, string Label);
