namespace ConsensusLab.Server.Api;

public sealed record TemplateView(string Id, string Title, string Description, int QuestionCount);
