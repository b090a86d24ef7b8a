using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Statistics;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// One question of one session (key "SESSION/QUESTION"): its status, every participant's current answer and the
/// per-group sufficient statistics. Answers interleave: each one waits for its own ledger commit, not for the others.
/// </summary>
public interface IQuestionGrain : IGrainWithStringKey
{
    /// <summary>Creates the question; repeating it with the same definition changes nothing.</summary>
    Task<QuestionSnapshot> Initialize(QuestionDefinition definition, ImmutableArray<string> groups);

    Task<QuestionSnapshot> Open();

    Task<QuestionSnapshot> Close();

    /// <summary>Shows the question's results to the participants.</summary>
    Task<QuestionSnapshot> Reveal();

    /// <summary>
    /// Asks the question again as a new round (Delphi): the round number grows, the question opens, and only answers
    /// given in the new round count; the ledger keeps every round's answers apart.
    /// </summary>
    Task<QuestionSnapshot> StartRound();

    /// <summary>Accepts an answer once it is durable in the ledger; a participant's new answer replaces the old.</summary>
    [AlwaysInterleave]
    Task<AnswerReceipt> Submit(AnswerCommand command);

    /// <summary>Records the participant's withdrawal in the ledger and stops counting their answer.</summary>
    [AlwaysInterleave]
    Task Withdraw(string participantId, string group);

    /// <summary>
    /// Counts the ledger entries up to <paramref name="sequence"/> that this activation has not seen (answers other
    /// nodes took); applying an entry twice changes nothing.
    /// </summary>
    [AlwaysInterleave]
    Task CatchUp(long sequence);

    [AlwaysInterleave]
    Task<QuestionSnapshot> GetSnapshot();

    /// <summary>The participant's current answer, or null.</summary>
    [AlwaysInterleave]
    Task<CurrentAnswer?> GetAnswer(string participantId);

    [AlwaysInterleave]
    Task<TallySnapshot> GetTally();
}
