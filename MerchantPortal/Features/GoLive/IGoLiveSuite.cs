using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Platforms.Sandbox;

namespace MerchantPortal.Features.GoLive;

/// <summary>One platform's go-live checks: what only that platform knows — its requests, its notifications, its acknowledgement.</summary>
public interface IGoLiveSuite
{
    string PlatformCode { get; }

    /// <summary>Why a run cannot start yet, as a <see cref="Domain.DomainErrors"/> code (no merchant key, no API v3 key); null when it can.</summary>
    string? Unready(EnrollmentCredentials credentials, DateTime nowUtc);

    /// <summary>The portal plays the merchant when it may use a kept private key of a merchant key valid now.</summary>
    bool PortalCanSign(EnrollmentCredentials credentials, DateTime nowUtc);

    /// <summary>Create, pay, notification, query, partial refund, close, and the negative checks.</summary>
    /// <returns>The paid order's number, whose notification the merchant's server is sent; null when none was paid.</returns>
    Task<string?> RunPortalPartAsync(GoLiveRunContext context);

    /// <summary>A request signed with a key that is not the registered one must be refused with the platform's signature error.</summary>
    Task CheckWrongKeyAsync(GoLiveRunContext context);

    /// <summary>How the request log names each request of the sequence, for the merchant-requests mode.</summary>
    MerchantEndpoints Endpoints { get; }

    /// <summary>The simulated buyer pays the merchant's order.</summary>
    Task<SandboxPaymentOutcome?> PayOrderAsync(Guid credentialsId, string outTradeNo);

    /// <summary>The notification as a forger would send it: the genuine one's content, signed with a key that is not the platform's.</summary>
    NotificationMessage Forge(SandboxCallback genuine, EnrollmentCredentials credentials);

    /// <summary>Null when the answer acknowledges a notification as the platform requires; otherwise what is wrong with it.</summary>
    GoLiveFinding? JudgeAcknowledgement(int status, string body);

    /// <summary>What to tell a merchant whose server acknowledged a forgery.</summary>
    GoLiveFinding ForgeryAccepted(int status, string body);
}

/// <summary>A notification ready to post.</summary>
public sealed record NotificationMessage(string ContentType, string Body, IReadOnlyDictionary<string, string> Headers);

/// <param name="Create">The request log's endpoint for creating an order.</param>
/// <param name="IsQuery">Whether an endpoint queries an order.</param>
/// <param name="Success">The result a successful request gets (<c>10000</c>, <c>200</c>).</param>
public sealed record MerchantEndpoints(string Create, Func<string, bool> IsQuery, string Refund, Func<string, bool> IsClose, Func<string, bool> IsSuccess);
