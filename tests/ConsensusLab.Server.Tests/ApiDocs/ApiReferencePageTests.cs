using System.Net;

namespace ConsensusLab.Server.Tests.ApiDocs;

/// <summary>The service serves its own API reference page, built from its OpenAPI document with nothing from elsewhere (issue 11).</summary>
public sealed class ApiReferencePageTests(ServedDocument served) : IClassFixture<ServedDocument>
{
    [Fact]
    public async Task The_reference_page_is_served_and_reads_the_servers_own_document()
    {
        var page = await served.Server.Client.GetAsync(new Uri("/api-docs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/openapi/v1.json\" data-document", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/api-reference.js\"", html, StringComparison.Ordinal);
        // Offline in a room: no script, style or document from another origin.
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_script_is_served()
    {
        var script = await served.Server.Client.GetAsync(new Uri("/js/api-reference.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("[data-document]", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
