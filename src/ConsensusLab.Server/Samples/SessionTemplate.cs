using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Server.Samples;

/// <summary>A ready session in samples/sessions: a definition, and the code it gets when the server loads the samples.</summary>
public sealed record SessionTemplate(string Id, string? SampleCode, SessionDefinition Definition);
