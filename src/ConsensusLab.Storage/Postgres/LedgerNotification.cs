using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// A hint that a question's ledger grew: some node committed answers up to <paramref name="Sequence"/>. A listener
/// reads what it has not seen with <see cref="PostgresResponseLedger.ReadQuestionAfterAsync"/>; notifications of
/// one batch are coalesced (the highest sequence per question) and can be missed while a listener reconnects.
/// </summary>
/// <param name="SessionCode">The session.</param>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Sequence">The highest ledger sequence of that question in the committed batch.</param>
public sealed record LedgerNotification(string SessionCode, string QuestionId, long Sequence, string Node = "")
{
    /// <summary>PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.</summary>
    internal const int MaxPayloadBytes = 7999;

    /// <summary>The payload: <c>session/question:sequence</c>.</summary>
    internal string ToPayload() => $"{Node}|{SessionCode}/{QuestionId}:{Sequence.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Parses a payload. Session codes contain no '/', so the first '/' ends the session; the sequence follows the
    /// last ':', so a question id may contain either character.
    /// </summary>
    internal static bool TryParse(string payload, [NotNullWhen(true)] out LedgerNotification? notification)
    {
        notification = null;
        // The writing node's id comes first: node ids contain no '|'.
        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
            return false;
        var node = payload[..bar];
        payload = payload[(bar + 1)..];
        var slash = payload.IndexOf('/', StringComparison.Ordinal);
        var colon = payload.LastIndexOf(':');
        if (slash <= 0 || colon <= slash + 1
            || !long.TryParse(payload.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return false;
        notification = new LedgerNotification(payload[..slash], payload[(slash + 1)..colon], sequence, node);
        return true;
    }
}
