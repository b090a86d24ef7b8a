using System.Data.Common;
using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// The question's reads of its own ledger after activation (see <see cref="QuestionSettling"/>) and after a write
/// whose outcome is unknown. They count what another activation (or an unacknowledged commit) put there, without
/// holding up the answers: the database is read off the activation, only what the watermark has not settled, and the
/// entries are applied in short turns.
/// </summary>
internal sealed partial class QuestionGrain
{
    // Entries applied per turn: about a millisecond of work, so that answers wait no longer than that for a turn.
    private const int ApplyPerTurn = 1024;

    // How far every entry has been counted. A new round starts it again: entries of that round that an earlier read
    // passed over (another activation's, written before this one learnt of the round) are counted at the next read.
    private LedgerWatermark _watermark = new(ledger.LateCommitHorizon);
    // The read running now, if any: reads run one after another, each starting where the last one settled.
    private Task _settling = Task.CompletedTask;
    private bool _ledgerReadOwed;

    private static TimeSpan LedgerClock => TimeSpan.FromMilliseconds(Environment.TickCount64);

    private void StartWatermarkAgain() => _watermark = new LedgerWatermark(ledger.LateCommitHorizon);

    /// <summary>Counts whatever the ledger holds that this activation has not counted; runs after the read in progress.</summary>
    private Task SettleAsync(CancellationToken cancellationToken) => _settling = SettleAfterAsync(_settling, cancellationToken);

    private async Task SettleAfterAsync(Task previous, CancellationToken cancellationToken)
    {
        // The earlier read's failure was its own (logged, or escaped to its timer); this read goes ahead regardless.
        await previous.ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        if (_answers is not { } answers)
            return;
        var (sessionCode, questionId) = Key;
        var watermark = _watermark;
        var after = watermark.Settled;
        var started = LedgerClock;
        List<LedgerRecord> records;
        try
        {
            // On the thread pool: SQLite's reader is synchronous, and the activation's thread must stay free for answers.
            records = await Task.Run(async () =>
                await ledger.ReadQuestionAsync(sessionCode, questionId, after, cancellationToken).ToListAsync(cancellationToken), cancellationToken);
        }
        catch (DbException e)
        {
            // The store is away (its writer logs the outage): the read is owed.
            logger.LogWarning("Reading the ledger for question {QuestionKey} failed ({Reason}); reading again in {RetrySeconds} s",
                this.GetPrimaryKeyString(), e.Message, settling.OwedReadDelay.TotalSeconds);
            OweLedgerRead();
            return;
        }
        var finished = LedgerClock;
        var version = answers.Version;
        // Answers counted while the read ran are known to the tally already, so only what this activation never
        // counted is new; an entry applied twice changes nothing, and the later of a participant's answers wins.
        var counted = 0;
        foreach (var turn in records.Chunk(ApplyPerTurn))
        {
            foreach (var record in turn)
            {
                if (answers.Apply(record))
                    counted++;
            }
            await Task.Yield();
        }
        watermark.Completed(new LedgerRead(records.Count > 0 ? records[^1].Sequence : after, started, finished));
        if (counted > 0)
        {
            logger.LogWarning("Question {QuestionKey} counted {EntryCount} ledger entries another activation took (version {Version} -> {NewVersion})",
                this.GetPrimaryKeyString(), counted, version, answers.Version);
            Changed();
        }
    }

    /// <summary>Reads the ledger again after a delay; one such read is pending at most, however many are owed.</summary>
    private void OweLedgerRead()
    {
        if (_ledgerReadOwed)
            return;
        _ledgerReadOwed = true;
        this.RegisterGrainTimer(ReadOwedAsync, new GrainTimerCreationOptions(settling.OwedReadDelay, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private Task ReadOwedAsync(CancellationToken cancellationToken)
    {
        _ledgerReadOwed = false;
        return SettleAsync(cancellationToken);
    }
}
