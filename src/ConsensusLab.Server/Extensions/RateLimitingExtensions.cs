using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using ConsensusLab.Server.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsensusLab.Server.Extensions;

internal static class RateLimitingExtensions
{
    /// <summary>The policy of the join endpoint: joins per client address.</summary>
    public const string JoinsPolicy = "joins";

    /// <summary>
    /// Token buckets per client address and per participant token (ASP.NET Core's rate limiter): past either, a 429
    /// problem with Retry-After, before anything is read or stored. The token only keys a bucket; it is not stored.
    /// </summary>
    public static WebApplicationBuilder AddConsensusRateLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => Bucket(limits.PerAddressPerSecond, limits.PerAddressBurst))),
                // Keyed on the token as authentication reads it, so that "bearer x" and "Bearer   x" share one allowance;
                // a header that holds no token is refused by authentication anyway.
                PartitionedRateLimiter.Create<HttpContext, string>(context => ParticipantAuthentication.TokenOf(context.Request) is { } token
                    ? RateLimitPartition.GetTokenBucketLimiter(token, _ => Bucket(limits.PerParticipantPerSecond, limits.PerParticipantBurst))
                    : RateLimitPartition.GetNoLimiter("anonymous")));
            options.AddPolicy(JoinsPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => Bucket(limits.JoinsPerAddressPerSecond, limits.JoinsPerAddressBurst)));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = rejected.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = 429,
                Title = "Too many requests",
                Detail = $"Slow down: try again in {response.Headers.RetryAfter} s.",
            },
        });
    }
}
