using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.ApiDocs;

/// <summary>One server and the OpenAPI document it serves at /openapi/v1.json, shared by a test class.</summary>
public sealed class ServedDocument : IAsyncLifetime
{
    public ConsensusServer Server { get; } = new();

    public JsonObject Document { get; private set; } = [];

    /// <summary>Every operation under /api: method, path and the operation object.</summary>
    public IEnumerable<(string Method, string Path, JsonObject Operation)> ApiOperations =>
        from path in Document["paths"]!.AsObject()
        where path.Key.StartsWith("/api/", StringComparison.Ordinal)
        from operation in path.Value!.AsObject()
        where operation.Key is "get" or "post" or "put" or "patch" or "delete"
        select (operation.Key, path.Key, operation.Value!.AsObject());

    public async Task InitializeAsync() => Document = await ConsensusServer.ReadAsync(await Server.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
