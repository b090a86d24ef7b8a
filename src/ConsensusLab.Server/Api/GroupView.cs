namespace ConsensusLab.Server.Api;

/// <param name="Verified">Members joined with invite codes the moderator issued, rather than declaring the group.</param>
public sealed record GroupView(string Code, string Name, string Description, string RollUp, double Weight, int Members, bool Verified);
