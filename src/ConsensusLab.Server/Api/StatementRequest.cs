namespace ConsensusLab.Server.Api;

/// <summary>A statement a participant writes, in one language (a BCP 47 tag such as "en" or "pt-BR"), with the client's request id.</summary>
public sealed record StatementRequest(string? RequestId, string? Text, string? Language);
