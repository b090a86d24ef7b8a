using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>The receipt of an answer or a vote: the API's JSON, sent whole with its length rather than chunked.</summary>
public sealed class AnswerReceiptTests
{
    [Fact]
    public async Task Receipt_is_camel_case_json_with_a_content_length()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "GOV");
        var response = await server.AnswerAsync(code, "agree", token, new { requestId = "r-1", choice = 4 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Null(response.Headers.TransferEncodingChunked);
        var receipt = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(["participantId", "questionId", "sequence", "replaced", "recordedAt", "retried"], receipt.Select(p => p.Key));
        Assert.Equal("agree", receipt["questionId"]!.GetValue<string>());
    }
}
