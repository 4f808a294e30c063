namespace MerchantPortal.Platforms.Sandbox;

/// <summary>How one platform's notifications are acknowledged and retried.</summary>
public interface ICallbackPolicy
{
    string PlatformCode { get; }

    /// <summary>The waits between attempts, as the sandbox runs them.</summary>
    IReadOnlyList<TimeSpan> RetryDelays { get; }

    bool IsAcknowledged(int statusCode, string body);

    /// <summary>Headers made afresh for each attempt (WeChat Pay signs the body with the time of sending); none for Alipay.</summary>
    Task<IReadOnlyDictionary<string, string>> HeadersAsync(SandboxCallback callback, CancellationToken cancellationToken);
}
