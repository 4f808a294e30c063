namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// A notification a sandbox gateway owes a merchant's server: posted until the platform's acknowledgement comes
/// back, on the platform's retry schedule (compressed in the sandbox), then given up.
/// </summary>
public sealed class SandboxCallback
{
    public const int MaxOutcomeLength = 300;

    private SandboxCallback()
    {
    }

    public Guid Id { get; private set; }

    public string PlatformCode { get; private set; } = "";

    public Guid CredentialsId { get; private set; }

    /// <summary>The merchant's order number (Alipay: also for a refund's notification) or refund number (WeChat Pay), as sent in plain or sealed.</summary>
    public string Reference { get; private set; } = "";

    public string Url { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Null once delivered or given up.</summary>
    public DateTime? NextAttemptAtUtc { get; private set; }

    public DateTime? DeliveredAtUtc { get; private set; }

    /// <summary>What the last attempt got back ("HTTP 500: fail", "timeout"), for the merchant's request log.</summary>
    public string? LastOutcome { get; private set; }

    /// <param name="reference">The merchant's number of what the notification is about (an order's or a refund's).</param>
    public static SandboxCallback Create(string platformCode, Guid credentialsId, string reference, string url, string contentType, string body, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        PlatformCode = platformCode,
        CredentialsId = credentialsId,
        Reference = reference,
        Url = url,
        ContentType = contentType,
        Body = body,
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
    };

    /// <param name="retryDelays">The waits after the first, second, … failed attempt; after the last one the callback is given up.</param>
    public void RecordAttempt(bool acknowledged, string outcome, IReadOnlyList<TimeSpan> retryDelays, DateTime nowUtc)
    {
        Attempts++;
        LastOutcome = outcome.Length <= MaxOutcomeLength ? outcome : outcome[..MaxOutcomeLength];
        if (acknowledged)
        {
            DeliveredAtUtc = nowUtc;
            NextAttemptAtUtc = null;
        }
        else
        {
            NextAttemptAtUtc = Attempts <= retryDelays.Count ? nowUtc + retryDelays[Attempts - 1] : null;
        }
    }
}
