using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>What became of one answer of a batch: its receipt, or why it was refused (nothing of it was stored).</summary>
/// <param name="Receipt">The acknowledgement, when the answer is durable in the ledger.</param>
/// <param name="Rejection">Why the answer was refused, when it was.</param>
/// <param name="Title">The refusal's short summary.</param>
/// <param name="Detail">The refusal's explanation.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.AnswerOutcome")]
public sealed record AnswerOutcome(AnswerReceipt? Receipt, Rejection? Rejection = null, string? Title = null, string? Detail = null)
{
    public static AnswerOutcome Refused(CommandRejectedException rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return new(null, rejected.Rejection, rejected.Title, rejected.Message);
    }

    /// <summary>The receipt, or the refusal thrown as the exception a single call would have thrown.</summary>
    public AnswerReceipt ReceiptOrThrow() => Receipt ?? throw new CommandRejectedException(Rejection!.Value, Title!, Detail!);
}
