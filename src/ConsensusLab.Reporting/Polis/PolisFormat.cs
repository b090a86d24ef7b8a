namespace ConsensusLab.Reporting.Polis;

/// <summary>Reads and writes Polis' open-data export format (comments.csv, votes.csv, participants-votes.csv).</summary>
public static class PolisFormat
{
    /// <summary>Reads comments.csv and votes.csv.</summary>
    /// <exception cref="FormatException">A header or a row is malformed; the message names the file, line and column.</exception>
    public static PolisConversation Read(TextReader comments, TextReader votes) => throw new NotImplementedException();

    /// <summary>Writes comments.csv (agrees and disagrees recounted from the latest votes) and votes.csv.</summary>
    public static void Write(PolisConversation conversation, TextWriter comments, TextWriter votes) =>
        throw new NotImplementedException();

    /// <summary>Polis' opinion group of each participant from participants-votes.csv; null when Polis left one out.</summary>
    /// <exception cref="FormatException">The header or a row is malformed; the message names the line.</exception>
    public static IReadOnlyDictionary<string, int?> ReadGroups(TextReader participantsVotes) =>
        throw new NotImplementedException();
}
