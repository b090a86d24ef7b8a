namespace ConsensusLab.Reporting;

/// <summary>
/// What the export files are computed from, each computed once on first use: a directory export shares them across
/// its files, so the CSV and JSON forms of the same figures cannot disagree, and one file over HTTP computes only what it needs.
/// </summary>
internal sealed class ExportSources(SessionArchive archive)
{
    private readonly Lazy<SessionSummary> _summary = new(() => SessionSummary.Of(archive));
    private readonly Lazy<ParticipationFigures> _participation = new(() => ParticipationFigures.Of(archive));
    private readonly Lazy<ExportVocabulary> _vocabulary = new(() => ExportVocabulary.Of(archive));

    public SessionArchive Archive => archive;

    public SessionSummary Summary => _summary.Value;

    public ParticipationFigures Participation => _participation.Value;

    public ExportVocabulary Vocabulary => _vocabulary.Value;
}
