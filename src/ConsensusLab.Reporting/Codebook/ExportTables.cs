using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>The layout of every CSV export file of a session, in export order: the one list the header of each file,
/// datapackage.json and the codebook are all made from.</summary>
internal static class ExportTables
{
    public static ImmutableArray<ExportTable> Of(ExportVocabulary vocabulary) =>
    [
        AnswersCsvWriter.Table(vocabulary),
        AnswerItemsCsvWriter.Table(vocabulary),
        QuestionsCsvWriter.Table(vocabulary),
        CodesCsvWriter.Table(vocabulary),
        SummaryCsvWriter.Table(vocabulary),
        DistributionsCsvWriter.Table(vocabulary),
        RankingsCsvWriter.Table(vocabulary),
        RoundChangesCsvWriter.Table(vocabulary),
        AgreementCsvWriter.Table(vocabulary),
        ParticipationCsvWriter.Table,
        IgfReportLineCsvWriter.Table,
        TimelineCsvWriter.Table(vocabulary),
        ComparisonCsvWriter.Table(vocabulary),
        StatementsCsvWriter.Table(vocabulary),
        VotesCsvWriter.Table(vocabulary),
        StatementFiguresCsvWriter.Table(vocabulary),
        OpinionGroupsCsvWriter.Table(vocabulary),
    ];

    public static ExportTable Named(ExportVocabulary vocabulary, string fileName) => Of(vocabulary).Single(t => t.FileName == fileName);
}
