using System.Text.Json;
using ConsensusLab.Server.Extensions;

namespace ConsensusLab.Server.Samples;

/// <summary>The session templates found in the samples folder (Samples:Directory), read once at start.</summary>
internal sealed class SampleTemplates
{
    public SampleTemplates(IConfiguration configuration, IWebHostEnvironment environment, ILogger<SampleTemplates> logger)
    {
        var folder = Locate(configuration["Samples:Directory"] ?? "samples", environment);
        All = folder is null
            ? []
            : [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read)];
        logger.LogInformation("Loaded {TemplateCount} session templates from {SamplesFolder}", All.Count, folder);
    }

    public IReadOnlyList<SessionTemplate> All { get; }

    public SessionTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);

    private static SessionTemplate Read(string path) =>
        JsonSerializer.Deserialize<SessionTemplate>(File.ReadAllText(path), ApiJson.Options)
        ?? throw new InvalidDataException($"{path} holds no session template.");

    /// <summary>The folder as configured, else beside the binaries (where the build copies samples/sessions).</summary>
    private static string? Locate(string configured, IWebHostEnvironment environment) =>
        new[] { configured, Path.Combine(environment.ContentRootPath, configured), Path.Combine(AppContext.BaseDirectory, "samples") }
            .FirstOrDefault(Directory.Exists);
}
