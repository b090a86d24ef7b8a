using System.Collections.Immutable;
using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics.Deliberation;
using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// The statements question: participants' statements and their moderation (in the grain's state, written before they
/// are acknowledged), which statement each participant is served next, and the opinion groups recomputed in the
/// background. Votes themselves take the answers' path (the ledger, then <see cref="CountedAnswers"/>).
/// </summary>
internal sealed partial class QuestionGrain
{
    // Statements each participant was served in this activation and round; the votes say the rest.
    private readonly Dictionary<string, HashSet<int>> _served = new(StringComparer.Ordinal);
    private StatementAnalysis? _analysis;

    private ModerationMode Moderation => Definition.Statements?.Moderation ?? ModerationMode.Strict;

    public async Task<StatementReceipt> SubmitStatement(StatementCommand command)
    {
        var definition = RequireStatementsQuestion();
        if (command.RequestId is { } id && RequestIds.Problem(id) is { } malformed)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid request id", malformed);
        if (Answers.HasWithdrawn(command.ParticipantId))
            throw new CommandRejectedException(Rejection.Unauthenticated, "Participant withdrew", "This participant withdrew from the session.");
        if (StatementText.Problem(command.Text, command.Language, definition.Statements!.MaxLength) is { } problem)
            throw new CommandRejectedException(Rejection.Invalid, "Statement refused", problem);
        if (!state.State.Groups.Contains(command.Group))
            throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group", $"Group '{command.Group}' is not in this session.");
        if (StatementBook.Retried(state.State.Statements, command) is { } earlier)
            return new StatementReceipt(earlier, Retried: true);
        if (state.State.Status != QuestionStatus.Open)
            throw new CommandRejectedException(Rejection.Conflict, "Question not open",
                $"Question '{definition.Id}' is {state.State.Status.ToString().ToLowerInvariant()}: it takes no statements now.");
        var now = DateTimeOffset.UtcNow;
        StatementBook.RequireWithinRate(state.State.Statements, command.ParticipantId, now);
        // Evaluated again against the stored state if another activation wrote first: the retry may be found there.
        await state.UpdateAsync(s => StatementBook.Retried(s.Statements, command) is null
            ? s with { Statements = s.Statements.Add(StatementBook.Written(s.Statements.Length, command, now)) }
            : s, logger);
        var stored = StatementBook.Retried(state.State.Statements, command) ?? state.State.Statements[^1];
        logger.LogInformation("Question {QuestionKey} took statement {StatementId} ({Status})", this.GetPrimaryKeyString(), stored.Id, stored.Status);
        Publish();
        return new StatementReceipt(stored);
    }

    public async Task<Statement> Moderate(int statementId, StatementStatus status)
    {
        RequireStatementsQuestion();
        RequireStatement(statementId);
        await state.UpdateAsync(s => s.Statements[statementId].Status == status
            ? s
            : s with { Statements = s.Statements.SetItem(statementId, s.Statements[statementId] with { Status = status }) }, logger);
        Publish();
        return state.State.Statements[statementId];
    }

    public Task<ServedStatement> NextStatement(string participantId, bool revisit)
    {
        RequireStatementsQuestion();
        if (!_served.TryGetValue(participantId, out var served))
            _served[participantId] = served = [];
        if (revisit)
            served.Clear();
        var votable = state.State.Statements.Where(s => s.IsVotable(Moderation)).ToList();
        var voted = votable.Count(s => Answers.CurrentVote(participantId, s.Id) is not null);
        var next = StatementRouting.Next(participantId, votable, s => Answers.CurrentVote(participantId, s) is not null || served.Contains(s),
            Answers.VotesOn);
        var remaining = votable.Count(s => Answers.CurrentVote(participantId, s.Id) is null && !served.Contains(s.Id));
        if (next is not null)
        {
            served.Add(next.Id);
            remaining--;
        }
        return Task.FromResult(new ServedStatement(next, voted, remaining));
    }

    public Task<ImmutableArray<CastVote>> GetVotes(string participantId)
    {
        RequireStatementsQuestion();
        return Task.FromResult(state.State.Statements
            .Select(s => Answers.CurrentVote(participantId, s.Id) is { } vote
                ? new CastVote(s.Id, vote.Answer.Vote!.Value, vote.Sequence, vote.RecordedAt)
                : null)
            .OfType<CastVote>().ToImmutableArray());
    }

    public Task<DeliberationSnapshot> GetDeliberation()
    {
        RequireStatementsQuestion();
        var analysed = _analysis?.Latest ?? StatementAnalysis.Result.None;
        return Task.FromResult(new DeliberationSnapshot(Moderation, state.State.Statements, Answers.StatementCounts(), Answers.Version,
            analysed.Groups, analysed.Bridging, analysed.CrossTab, analysed.Version, analysed.At));
    }

    public async Task<QuestionSnapshot> ImportConversation(ImmutableArray<Statement> statements, ImmutableArray<ImportedVote> votes)
    {
        RequireStatementsQuestion();
        if (Answers.Version != 0 || state.State.Statements.Any(s => s.AuthorId is not null))
            throw new CommandRejectedException(Rejection.Conflict, "Conversation under way",
                $"Question '{Key.QuestionId}' already has votes or participants' statements; import into a new session.");
        if (statements.Select((s, i) => s.Id == i).Contains(false) || votes.Any(v => v.StatementId < 0 || v.StatementId >= statements.Length))
            throw new CommandRejectedException(Rejection.Invalid, "Statements out of order", "Statements are numbered 0, 1, … and every vote names one of them.");
        await state.UpdateAsync(s => s with { Statements = statements }, logger);
        var round = state.State.Round;
        // Appended together in the order given, so a later vote replaces an earlier one.
        var entries = votes.Select((vote, i) => new LedgerEntry(Key.SessionCode, Key.QuestionId, round, vote.ParticipantId, vote.Group,
            $"import:{i}", JsonSerializer.Serialize(new AnswerValue(Statement: vote.StatementId, Vote: vote.Vote), GrainStateJson.Options), vote.At,
            LedgerEntryKind.Vote)).ToList();
        foreach (var appended in await ledger.AppendManyAsync(entries, CancellationToken.None))
            Answers.Apply(appended.Record);
        logger.LogInformation("Question {QuestionKey} imported {StatementCount} statements and {VoteCount} votes",
            this.GetPrimaryKeyString(), statements.Length, votes.Length);
        Changed();
        return Snapshot();
    }

    private void RequireVotable(int statementId)
    {
        var statement = RequireStatement(statementId);
        if (!statement.IsVotable(Moderation))
            throw new CommandRejectedException(Rejection.Conflict, "Statement not open to votes",
                $"Statement {statementId} is {statement.Status.ToString().ToLowerInvariant()}: it takes no votes.");
    }

    private Statement RequireStatement(int statementId) =>
        statementId >= 0 && statementId < state.State.Statements.Length
            ? state.State.Statements[statementId]
            : throw new CommandRejectedException(Rejection.NotFound, "Unknown statement", $"Question '{Key.QuestionId}' has no statement {statementId}.");

    private QuestionDefinition RequireStatementsQuestion() => Definition.Kind == QuestionKind.Statements
        ? Definition
        : throw new CommandRejectedException(Rejection.Invalid, "Not a statements question", $"Question '{Key.QuestionId}' is a {Definition.Kind} question.");

    /// <summary>Recomputes the opinion groups in the background while votes arrive (see <see cref="StatementAnalysis"/>).</summary>
    private void StartAnalysis()
    {
        if (_analysis is not null)
            return;
        _analysis = new StatementAnalysis(logger);
        this.RegisterGrainTimer(AnalyseAsync, new GrainTimerCreationOptions(StatementAnalysis.Interval, StatementAnalysis.Interval) { Interleave = true });
    }

    private async Task AnalyseAsync(CancellationToken cancellationToken)
    {
        if (_answers is not { } answers || _analysis is not { } analysis || analysis.Latest.Version == answers.Version && !analysis.StatusesChanged(state.State.Statements))
            return;
        // The copy is taken in this turn; the mathematics runs on the thread pool, so answers keep flowing meanwhile.
        await analysis.RecomputeAsync(answers.Votes(), state.State.Statements, Moderation, answers.Version, cancellationToken);
        Publish();
    }

    private static ImmutableArray<Statement> Seeded(QuestionDefinition definition) => definition.Kind == QuestionKind.Statements
        ? [.. definition.Options.Select((text, i) => new Statement(i, text, null, null, null, StatementStatus.Accepted, DateTimeOffset.UtcNow))]
        : [];
}
