using System.Text.Json;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Extensions;
using ConsensusLab.Server.Telemetry;

namespace ConsensusLab.Server.Answers;

/// <summary>
/// An answer's (or a vote's) way from its request to the ledger: the session and the question, the participant behind
/// the token, the request id, then the batcher, which acknowledges it only once the ledger holds it. Every outcome is
/// counted in the answer metrics. The endpoints and <see cref="AnswerFastPath"/> both take this way, so they refuse and
/// acknowledge alike.
/// </summary>
internal sealed class AnswerIntake(SessionViews views, ParticipantAuthentication authentication, AnswerBatcher batcher)
{
    public const string ReceiptContentType = "application/json; charset=utf-8";

    /// <summary>The receipt's JSON once the answer is durable; a refusal throws <see cref="CommandRejectedException"/>.</summary>
    public async Task<byte[]> AcknowledgeAsync(AnswerPost post, HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var receipt = await AcceptAsync(post, request, cancellationToken);
            ServerMetrics.AnswerAcknowledged(receipt.Retried);
            // Serialised whole, so the response goes out with its length in one write, not chunked in two.
            return JsonSerializer.SerializeToUtf8Bytes(receipt, ApiJson.Options);
        }
        catch (CommandRejectedException rejected)
        {
            ServerMetrics.AnswerRejected(rejected.Rejection);
            throw;
        }
    }

    private async Task<AnswerReceipt> AcceptAsync(AnswerPost post, HttpRequest request, CancellationToken cancellationToken)
    {
        var (sessionCode, definition) = await views.RequireDefinitionAsync(post.Code);
        var question = definition.Require(sessionCode, post.QuestionId);
        // Who asks comes first: a caller without a token learns nothing more of the question.
        var participant = await authentication.RequireAsync(request, sessionCode, cancellationToken);
        if (post.IsVote)
            question.RequireStatements();
        if (post.RequestId is { } requestId && RequestIds.Problem(requestId) is { } problem)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid request id", problem);
        return await batcher.SubmitAsync(sessionCode, post.QuestionId,
            new AnswerCommand(participant.Id, participant.Profile.Group, post.RequestId, post.Value));
    }
}
