namespace ConsensusLab.Server.Api;

/// <summary>A Polis conversation export to import as a new session: the text of its comments.csv and votes.csv.</summary>
/// <param name="Title">The new session's title; "Polis conversation" when left out.</param>
/// <param name="Prompt">The statements question's prompt (the conversation's topic).</param>
public sealed record PolisImportRequest(string? Title, string? Prompt, string? Comments, string? Votes);
