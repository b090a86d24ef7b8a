namespace ConsensusLab.Storage.Tests;

/// <summary>How far a reader of a question's ledger may skip on its next read (issue 15).</summary>
public sealed class LedgerWatermarkTests
{
    private static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Where_commits_follow_sequences_a_read_settles_what_it_saw_at_once()
    {
        var watermark = new LedgerWatermark(TimeSpan.Zero);

        watermark.Completed(new LedgerRead(40, At(0), At(1)));
        Assert.Equal(40, watermark.Settled);
        watermark.Completed(new LedgerRead(55, At(1.5), At(2)));
        Assert.Equal(55, watermark.Settled);
    }

    [Fact]
    public void Where_commits_may_come_late_a_read_settles_only_after_a_read_started_a_horizon_later()
    {
        var watermark = new LedgerWatermark(At(20));

        watermark.Completed(new LedgerRead(40, At(0), At(1)));
        // Started within the horizon: an entry below 40 may still have been on its way.
        watermark.Completed(new LedgerRead(50, At(5), At(6)));
        Assert.Equal(0, watermark.Settled);
        // Started 20 s after the first read finished and read everything: the first read's 40 is settled, not yet its own 60.
        watermark.Completed(new LedgerRead(60, At(21), At(22)));
        Assert.Equal(40, watermark.Settled);
        watermark.Completed(new LedgerRead(60, At(42), At(43)));
        Assert.Equal(60, watermark.Settled);
    }
}
