namespace ConsensusLab.CrowdSimulator;

/// <summary>What to simulate, from the command line.</summary>
/// <param name="Server">The ConsensusLab server; the simulator talks to nothing else.</param>
/// <param name="Session">The session's join code.</param>
/// <param name="Participants">How many participants join.</param>
/// <param name="Duration">How long the run lasts; joins are spread over its first two thirds.</param>
/// <param name="Seed">Seed of every random choice, so a run can be repeated (timing aside).</param>
/// <param name="Concurrency">Requests in flight at most.</param>
internal sealed record SimulatorOptions(Uri Server, string Session, int Participants, TimeSpan Duration, int Seed, int Concurrency);
