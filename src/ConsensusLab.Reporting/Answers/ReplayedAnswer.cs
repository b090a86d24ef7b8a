using ConsensusLab.Domain.Questions;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>One ledger entry after replay: its decoded answer and whether it still counts.</summary>
/// <param name="Record">The ledger record.</param>
/// <param name="Answer">The answer, decoded from the entry's JSON; null for a withdrawal entry.</param>
/// <param name="Status">Current, superseded, withdrawn, or the withdrawal itself.</param>
public sealed record ReplayedAnswer(LedgerRecord Record, AnswerValue? Answer, AnswerStatus Status);
