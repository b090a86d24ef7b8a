using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using Orleans;

namespace ConsensusLab.Server.Answers;

/// <summary>
/// Carries the answers this process receives for a question to its grain, many to a call. Each question has at most
/// one call in flight from this process; answers that arrive meanwhile wait for the next one. A lone answer therefore
/// goes at once, and under load one grain call (and one group commit) carries hundreds: the cost of a grain call is
/// paid per batch, not per answer. Every caller still learns only of its own answer, and only once it is durable.
/// </summary>
internal sealed class AnswerBatcher(IGrainFactory grains)
{
    private const int MaxBatch = 512;
    private readonly ConcurrentDictionary<string, QuestionQueue> _queues = new(StringComparer.Ordinal);

    /// <summary>The answer's receipt once it is in the ledger; a refusal throws <see cref="CommandRejectedException"/>.</summary>
    public Task<AnswerReceipt> SubmitAsync(string sessionCode, string questionId, AnswerCommand command)
    {
        var pending = new Pending(command);
        _queues.GetOrAdd(GrainKeys.Question(sessionCode, questionId), key => new QuestionQueue(grains.GetGrain<IQuestionGrain>(key)))
            .Add(pending);
        return pending.Completion.Task;
    }

    /// <summary>
    /// An answer waiting for its outcome. Its completion runs the caller's continuation (the rest of its HTTP request)
    /// inline, and a batch's callers are completed from a few thread-pool work items, not one work item each.
    /// </summary>
    private sealed record Pending(AnswerCommand Command)
    {
        public TaskCompletionSource<AnswerReceipt> Completion { get; } = new();
    }

    private sealed class QuestionQueue(IQuestionGrain grain)
    {
        private readonly Lock _gate = new();
        private readonly Queue<Pending> _waiting = new();
        private bool _sending;

        public void Add(Pending pending)
        {
            lock (_gate)
            {
                _waiting.Enqueue(pending);
                if (_sending)
                    return;
                _sending = true;
            }
            _ = SendAsync();
        }

        /// <summary>Sends what waits, batch after batch, until nothing does; the only sender of this question.</summary>
        private async Task SendAsync()
        {
            while (TakeBatch() is { } batch)
            {
                ImmutableArray<AnswerOutcome> outcomes;
                try
                {
                    outcomes = await grain.SubmitMany([.. batch.Select(p => p.Command)]);
                }
                catch (Exception e)
                {
                    // The call failed as a whole (a silo left, the store failed): no answer of it was acknowledged, and
                    // each caller may retry with its request id, which counts once whatever was stored.
                    // The store is away: the answers that queued behind this call would wait as long again for the same
                    // refusal, so they get it now.
                    var failed = e is StoreUnavailableException ? [.. batch, .. TakeAllWaiting()] : batch;
                    Acknowledge(failed, i => failed[i].Completion.TrySetException(e));
                    continue;
                }
                Acknowledge(batch, i =>
                {
                    if (outcomes[i].Receipt is { } receipt)
                        batch[i].Completion.SetResult(receipt);
                    else
                        batch[i].Completion.SetException(new CommandRejectedException(outcomes[i].Rejection!.Value, outcomes[i].Title!, outcomes[i].Detail!));
                });
            }
        }

        /// <summary>
        /// Completes a batch's callers in as many slices as there are cores, each a thread-pool work item that runs its
        /// callers' continuations one after another, while this loop goes on to send the next batch: one wake-up per
        /// slice instead of one per answer, and the cores still share the work.
        /// </summary>
        private static void Acknowledge(List<Pending> batch, Action<int> complete)
        {
            var slices = Math.Min(Environment.ProcessorCount, batch.Count);
            for (var slice = 0; slice < slices; slice++)
            {
                var (start, end) = (batch.Count * slice / slices, batch.Count * (slice + 1) / slices);
                ThreadPool.UnsafeQueueUserWorkItem(range =>
                {
                    for (var i = range.Start; i < range.End; i++)
                        complete(i);
                }, (Start: start, End: end), preferLocal: false);
            }
        }

        private List<Pending> TakeAllWaiting()
        {
            lock (_gate)
            {
                var waiting = _waiting.ToList();
                _waiting.Clear();
                return waiting;
            }
        }

        private List<Pending>? TakeBatch()
        {
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _sending = false;
                    return null;
                }
                var batch = new List<Pending>(Math.Min(_waiting.Count, MaxBatch));
                while (batch.Count < MaxBatch && _waiting.TryDequeue(out var pending))
                    batch.Add(pending);
                return batch;
            }
        }
    }
}
