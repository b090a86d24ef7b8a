using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests;

/// <summary>How a refused request must look: the status, application/problem+json, and a problem that names it.</summary>
internal static class Problems
{
    /// <summary>Asserts the refusal and returns the problem's title and detail.</summary>
    public static async Task<string> AssertProblemAsync(HttpResponseMessage response, int status, string words)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        var text = $"{problem["title"]} {problem["detail"]}";
        Assert.Contains(words, text, StringComparison.OrdinalIgnoreCase);
        return text;
    }
}
