namespace ConsensusLab.Statistics.Tests.RawAnswers;

/// <summary>Raw rows counted into a groups × answers table without per-row allocation (issue 12's speed work).</summary>
public sealed class AnswerCountsTests
{
    [Fact]
    public void Raw_rows_count_into_the_table_the_chi_square_test_reads()
    {
        var table = AnswerCounts.Table([0, 1, 1, 0, 1], [2, 0, 2, 2, 1], groupCount: 2, categories: 3);

        Assert.Equal(new long[,] { { 0, 0, 2 }, { 1, 1, 1 } }, table);
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerCounts.Table([0, 2], [0, 0], groupCount: 2, categories: 3));
    }
}
