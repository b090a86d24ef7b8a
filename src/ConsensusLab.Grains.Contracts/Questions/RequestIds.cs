namespace ConsensusLab.Grains.Questions;

/// <summary>
/// Request ids: what a client may send (1 to <see cref="MaxLength"/> ASCII letters, digits, '-', '_', '.' and ':' —
/// a UUID, a counter, a prefix with a counter), checked before anything is stored, whatever the engine. The server
/// writes some itself; a client's may not look like them, or a retry could be mistaken for one.
/// </summary>
public static class RequestIds
{
    public const int MaxLength = 100;

    /// <summary>The prefix of a withdrawal entry's request id (followed by the question id).</summary>
    public const string WithdrawalPrefix = "withdraw:";

    /// <summary>Null when a client may use <paramref name="requestId"/>; otherwise why not.</summary>
    public static string? Problem(string requestId)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        if (requestId.Length is 0 or > MaxLength || !requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            return $"'requestId' must be 1 to {MaxLength} ASCII letters, digits, '-', '_', '.' or ':'.";
        return requestId.StartsWith(WithdrawalPrefix, StringComparison.Ordinal)
            ? $"Request ids starting with '{WithdrawalPrefix}' are reserved for withdrawals."
            : null;
    }
}
