using System.Collections.Immutable;
using System.Text.Json;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting.Tests;

/// <summary>Builds a <see cref="SessionArchive"/> in memory: a session of the default group catalogue, its participants and ledger.</summary>
internal sealed class TestArchive
{
    public const string Code = "TEST42";
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly List<QuestionDefinition> _questions = [];
    private readonly List<Participant> _participants = [];
    private readonly List<LedgerRecord> _ledger = [];
    private readonly Dictionary<string, double> _weights = StakeholderGroupCatalogue.Default(includeAcademia: false).ToDictionary(g => g.Code, _ => 1.0);
    private long _sequence;

    /// <summary>The ledger as the store keeps it, withdrawals and all (the built archive leaves withdrawn answers out).</summary>
    public IReadOnlyList<LedgerRecord> Ledger => _ledger;

    public DateOnly HeldOn { get; set; } = new(2026, 11, 23);

    public LdcGraduations LdcGraduations { get; set; } = LdcGraduations.Bundled;
    public int YoungUnderAge { get; set; } = AgeBands.DefaultYoungUnderAge;
    public RakingSettings Raking { get; set; } = RakingSettings.Off;

    public static QuestionDefinition Likert(string id) => new QuestionDefinition(id, QuestionKind.Likert, $"Prompt {id}", default).WithDefaults();

    public static QuestionDefinition Position(string id, double? statusQuo = null) =>
        new QuestionDefinition(id, QuestionKind.Position, $"Prompt {id}", default,
            PositionAxis.EvolutionCreation with { StatusQuo = statusQuo, StatusQuoLabel = statusQuo is null ? null : "Today" }).WithDefaults();

    public static QuestionDefinition Choices(string id, QuestionKind kind, params string[] options) =>
        new QuestionDefinition(id, kind, $"Prompt {id}", [.. options]).WithDefaults();

    public TestArchive Question(QuestionDefinition question)
    {
        _questions.Add(question);
        return this;
    }

    public TestArchive Weight(string group, double weight)
    {
        _weights[group] = weight;
        return this;
    }

    /// <summary>Adds a participant and returns their pseudonym.</summary>
    public string Join(string group, string country = "KE", Attendance attendance = Attendance.Onsite, Gender? gender = null, string? ageBand = null)
    {
        var id = $"P-{_participants.Count + 1:D4}";
        _participants.Add(new Participant(Code, id, new ParticipantProfile(group, country, attendance, gender, ageBand),
            Start.AddMinutes(_participants.Count)));
        return id;
    }

    /// <summary>Appends an answer of a participant to the ledger, with the participant's group.</summary>
    public long Answer(string participantId, string questionId, AnswerValue answer, int round = 1)
    {
        var group = _participants.Single(p => p.Id == participantId).Profile.Group;
        var sequence = ++_sequence;
        _ledger.Add(new LedgerRecord(sequence, new LedgerEntry(Code, questionId, round, participantId, group,
            $"req-{sequence}", JsonSerializer.Serialize(answer, GrainStateJson.Options), Start.AddHours(1).AddSeconds(sequence))));
        return sequence;
    }

    /// <summary>Appends a participant's withdrawal from a question (it holds in every round).</summary>
    public long Withdraw(string participantId, string questionId, int round = 1)
    {
        var group = _participants.Single(p => p.Id == participantId).Profile.Group;
        var sequence = ++_sequence;
        _ledger.Add(new LedgerRecord(sequence, new LedgerEntry(Code, questionId, round, participantId, group,
            $"withdraw-{sequence}", "null", RecordedAt(sequence), LedgerEntryKind.Withdrawal)));
        return sequence;
    }

    /// <summary>Withdraws a participant from the session as the server does: a withdrawal entry per question, then the mark.</summary>
    public void WithdrawFromSession(string participantId)
    {
        foreach (var question in _questions)
            Withdraw(participantId, question.Id);
        var index = _participants.FindIndex(p => p.Id == participantId);
        _participants[index] = _participants[index] with { WithdrawnAt = RecordedAt(_sequence) };
    }

    /// <summary>Joins a participant of the group and records one answer.</summary>
    public string Answered(string group, string questionId, AnswerValue answer)
    {
        var id = Join(group);
        Answer(id, questionId, answer);
        return id;
    }

    public SessionArchive Build()
    {
        var definition = new SessionDefinition("Enhanced cooperation", "", StakeholderGroupCatalogue.Default(includeAcademia: false), false,
            [.. _questions], YoungUnderAge, HeldOn, PrivacyThreshold: 1);
        var session = new SessionSnapshot(Code, definition, SessionStatus.Open, WeightingScheme.EqualFooting, Start, Keys: null) { Raking = Raking };
        return new SessionArchive(session, _weights.ToImmutableDictionary(), [.. _participants], [.. _ledger], LdcGraduations);
    }

    public static DateTimeOffset RecordedAt(long sequence) => Start.AddHours(1).AddSeconds(sequence);
}
