using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>A participant of the crash test: their pseudonym, bearer token and declared group.</summary>
internal sealed record CrowdMember(string Id, string Token, string Group);

/// <summary>
/// An answer the server acknowledged with 200: it must be in the ledger from then on. The request that got the
/// acknowledgement was sent at <paramref name="SentAtMs"/> (Environment.TickCount64).
/// </summary>
internal sealed record Acknowledged(CrowdMember Member, string QuestionId, string RequestId, int Choice, long Sequence, long SentAtMs);

/// <summary>
/// Answers streamed by concurrent clients until cancelled: random members, random valid choices with fresh request ids
/// (a member answering a question again changes their answer), some retries of acknowledged answers, a few withdrawals.
/// Every 200 is recorded; a failed connection is not, whatever the server did with the request. With
/// <paramref name="retryUnavailable"/>, a 503 (a grain moving to another silo) is retried with the same request id
/// until it is acknowledged, as the participant page does.
/// </summary>
internal sealed class AnswerStream(string sessionCode, IReadOnlyList<CrowdMember> members, IReadOnlyDictionary<string, int> optionsByQuestion,
    bool retryUnavailable = false)
{
    private const int MaxWithdrawals = 8;
    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly ConcurrentDictionary<string, bool> _withdrawing = new(StringComparer.Ordinal);
    private readonly string[] _questions = [.. optionsByQuestion.Keys];
    private int _inFlight;

    public IReadOnlyCollection<Acknowledged> AcknowledgedAnswers => _acknowledged;

    /// <summary>Responses that no client should get from a healthy server (anything but 200, or 401 after a withdrawal).</summary>
    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>Members who asked to withdraw (acknowledged or not): their tokens may have stopped working.</summary>
    public bool HasWithdrawn(CrowdMember member) => _withdrawing.ContainsKey(member.Id);

    public int InFlight => Volatile.Read(ref _inFlight);

    public Task RunAsync(HttpClient client, int clients, string runName, int seed, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(
            () => ClientAsync(client, $"{runName}-{c}", new Random(seed + c), cancellationToken), CancellationToken.None)));

    private async Task ClientAsync(HttpClient client, string clientName, Random random, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                var roll = random.NextDouble();
                if (roll < 0.003 && _withdrawing.Count < MaxWithdrawals)
                    await WithdrawAsync(client, members[random.Next(members.Count)], cancellationToken);
                else if (roll < 0.06 && RandomAcknowledged(random) is { } earlier)
                    await RetryAsync(client, earlier, cancellationToken);
                else
                {
                    var question = _questions[random.Next(_questions.Length)];
                    await AnswerAsync(client, members[random.Next(members.Count)], question, $"{clientName}-{sent++}",
                        random.Next(optionsByQuestion[question]), cancellationToken);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
            {
                // The server was killed under this request, or the run ended: the request is not acknowledged.
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private async Task AnswerAsync(HttpClient client, CrowdMember member, string question, string requestId, int choice, CancellationToken cancellationToken)
    {
        var sentAt = Environment.TickCount64;
        var response = await SendAnswerAsync(client, member, question, requestId, choice, cancellationToken);
        while (retryUnavailable && response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            response.Dispose();
            await Task.Delay(100, cancellationToken);
            sentAt = Environment.TickCount64;
            response = await SendAnswerAsync(client, member, question, requestId, choice, cancellationToken);
        }
        using (response)
            if (await ReceiptAsync(response, member, cancellationToken) is { } receipt)
                _acknowledged.Enqueue(new Acknowledged(member, question, requestId, choice, receipt["sequence"]!.GetValue<long>(), sentAt));
    }

    private async Task RetryAsync(HttpClient client, Acknowledged earlier, CancellationToken cancellationToken)
    {
        using var response = await SendAnswerAsync(client, earlier.Member, earlier.QuestionId, earlier.RequestId, earlier.Choice, cancellationToken);
        if (retryUnavailable && response.StatusCode == HttpStatusCode.ServiceUnavailable)
            return;
        if (await ReceiptAsync(response, earlier.Member, cancellationToken) is { } receipt && receipt["sequence"]!.GetValue<long>() != earlier.Sequence)
            _unexpected.Enqueue($"retry of {earlier} was acknowledged with sequence {receipt["sequence"]}");
    }

    private async Task WithdrawAsync(HttpClient client, CrowdMember member, CancellationToken cancellationToken)
    {
        if (retryUnavailable)
            return; // A withdrawal half done when a silo dies is retried by the participant; the failover test leaves them out.
        _withdrawing[member.Id] = true;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionCode}/participants/me/withdraw");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member.Token);
        using var response = await client.SendAsync(request, cancellationToken);
        await ReceiptAsync(response, member, cancellationToken);
    }

    private Task<HttpResponseMessage> SendAnswerAsync(HttpClient client, CrowdMember member, string question, string requestId, int choice,
        CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionCode}/questions/{question}/answers")
        {
            Content = JsonContent.Create(new { requestId, choice }, options: ConsensusServer.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member.Token);
        return client.SendAsync(request, cancellationToken);
    }

    /// <summary>The receipt of a 200 whose body arrived whole; null otherwise (and noted when a healthy server should not answer so).</summary>
    private async Task<JsonObject?> ReceiptAsync(HttpResponseMessage response, CrowdMember member, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
            return JsonNode.Parse(body)!.AsObject();
        if (!(response.StatusCode == HttpStatusCode.Unauthorized && HasWithdrawn(member)))
            _unexpected.Enqueue($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return null;
    }

    private Acknowledged? RandomAcknowledged(Random random)
    {
        var count = _acknowledged.Count;
        return count == 0 ? null : _acknowledged.ElementAtOrDefault(random.Next(count)) is { } earlier && !HasWithdrawn(earlier.Member) ? earlier : null;
    }
}
