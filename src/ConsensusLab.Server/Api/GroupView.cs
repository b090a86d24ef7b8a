namespace ConsensusLab.Server.Api;

public sealed record GroupView(string Code, string Name, string Description, string RollUp, double Weight, int Members);
