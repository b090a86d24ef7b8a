using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Live;
using ConsensusLab.Statistics;
using Orleans;
using Orleans.Concurrency;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// One question of one session (key "SESSION/QUESTION"): its status, every participant's current answer and the
/// per-group sufficient statistics. Answers interleave: each one waits for its own ledger commit, not for the others;
/// they write no grain state, so the only state writes are the moderator's commands, which run one at a time.
/// </summary>
[Alias("consensuslab.IQuestionGrain")]
public interface IQuestionGrain : IGrainWithStringKey
{
    /// <summary>Creates the question; repeating it with the same definition changes nothing.</summary>
    [Alias("Initialize")]
    Task<QuestionSnapshot> Initialize(QuestionDefinition definition, ImmutableArray<string> groups);

    [Alias("Open")]
    Task<QuestionSnapshot> Open();

    [Alias("Close")]
    Task<QuestionSnapshot> Close();

    /// <summary>Shows the question's results to the participants.</summary>
    [Alias("Reveal")]
    Task<QuestionSnapshot> Reveal();

    /// <summary>
    /// Asks the question again as a new round (Delphi): the round number grows, the question opens, and only answers
    /// given in the new round count; the ledger keeps every round's answers apart.
    /// </summary>
    [Alias("StartRound")]
    Task<QuestionSnapshot> StartRound();

    /// <summary>
    /// Links the question to a series (the same question asked in other sessions) or, with null, unlinks it; the
    /// caller has checked the name and that the series' questions are comparable.
    /// </summary>
    [Alias("LinkSeries")]
    Task<QuestionSnapshot> LinkSeries(string? series);

    /// <summary>Accepts an answer once it is durable in the ledger; a participant's new answer replaces the old.</summary>
    [AlwaysInterleave, Alias("Submit")]
    Task<AnswerReceipt> Submit(AnswerCommand command);

    /// <summary>
    /// Accepts several participants' answers in one call, each as <see cref="Submit"/> would: each outcome says whether
    /// its answer is durable or why it was refused. Web front doors send a question's answers this way under load, so
    /// that one call carries many answers.
    /// </summary>
    [AlwaysInterleave, Alias("SubmitMany")]
    Task<ImmutableArray<AnswerOutcome>> SubmitMany(ImmutableArray<AnswerCommand> commands);

    /// <summary>Records the participant's withdrawal in the ledger and stops counting their answer.</summary>
    [AlwaysInterleave, Alias("Withdraw")]
    Task Withdraw(string participantId, string group);

    [AlwaysInterleave, Alias("GetSnapshot")]
    Task<QuestionSnapshot> GetSnapshot();

    /// <summary>The participant's current answer, or null.</summary>
    [AlwaysInterleave, Alias("GetAnswer")]
    Task<CurrentAnswer?> GetAnswer(string participantId);

    [AlwaysInterleave, Alias("GetTally")]
    Task<TallySnapshot> GetTally();

    /// <summary>
    /// Sends this question's tallies to <paramref name="feed"/> until it unsubscribes or stops renewing (call again
    /// within <see cref="LiveSubscriptions.Expiry"/>); returns the latest publication.
    /// </summary>
    [AlwaysInterleave, Alias("Subscribe")]
    Task<TallyPublication> Subscribe(ILiveFeed feed);

    [AlwaysInterleave, Alias("Unsubscribe")]
    Task Unsubscribe(ILiveFeed feed);

    /// <summary>
    /// Statements questions: stores a participant's statement (pending moderation) and acknowledges it once the
    /// question's state is written; a resent request id is acknowledged with the statement stored the first time.
    /// </summary>
    [Alias("SubmitStatement")]
    Task<StatementReceipt> SubmitStatement(StatementCommand command);

    /// <summary>The moderator accepts, rejects or marks a statement as meta; written before it is acknowledged.</summary>
    [Alias("Moderate")]
    Task<Statement> Moderate(int statementId, StatementStatus status);

    /// <summary>
    /// The statement to serve the participant next (see docs/architecture.md, "Deliberation"): never one they were
    /// served or voted on, unless <paramref name="revisit"/> asks to see again those they were served and did not vote on.
    /// </summary>
    [AlwaysInterleave, Alias("NextStatement")]
    Task<ServedStatement> NextStatement(string participantId, bool revisit);

    /// <summary>The participant's current votes, by statement.</summary>
    [AlwaysInterleave, Alias("GetVotes")]
    Task<ImmutableArray<CastVote>> GetVotes(string participantId);

    /// <summary>
    /// Brings a whole conversation into a statements question that has neither votes nor participants' statements yet
    /// (a Polis import): its statements replace the seeds and are written first, then every vote is appended to the
    /// ledger in the order given, with the time it was cast, and counted.
    /// </summary>
    [Alias("ImportConversation")]
    Task<QuestionSnapshot> ImportConversation(ImmutableArray<Statement> statements, ImmutableArray<ImportedVote> votes);

    /// <summary>Statements, their live counts and the last opinion groups (statements questions).</summary>
    [AlwaysInterleave, Alias("GetDeliberation")]
    Task<DeliberationSnapshot> GetDeliberation();
}
