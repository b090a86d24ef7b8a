namespace ConsensusLab.Reporting;

/// <summary>The PDF cannot be made on this machine: Chromium is not installed where the setting says, or it failed.</summary>
public sealed class PdfUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
