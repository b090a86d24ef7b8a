using System.Text;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>
/// One generated request. <paramref name="MayBeAccepted"/> marks the few that a server may answer with 2xx without
/// storing anything (a public read, the replay of an answer already counted); every other request must be refused.
/// </summary>
internal sealed record HostileRequest(string Category, string Method, string Path, byte[]? Body, string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers, bool MayBeAccepted = false)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        foreach (var (name, value) in Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    /// <summary>The request as a failure message shows it, long bodies cut short.</summary>
    public override string ToString()
    {
        var body = Body is null ? "(no body)" : Encoding.UTF8.GetString(Body);
        if (body.Length > 300)
            body = $"{body[..300]}… ({Body!.Length} bytes)";
        var headers = string.Join(", ", Headers.Select(h => $"{h.Key}: {(h.Value.Length > 60 ? h.Value[..60] + "…" : h.Value)}"));
        return $"[{Category}] {Method} {Path} ({ContentType ?? "no content type"}; {headers}) {body}";
    }
}
