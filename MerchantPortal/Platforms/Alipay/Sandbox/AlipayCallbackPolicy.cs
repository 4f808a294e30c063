using MerchantPortal.Platforms.Sandbox;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// Alipay retries a notification until the merchant's server answers with the seven characters <c>success</c>;
/// its published schedule (4 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h) runs here in seconds instead of minutes.
/// </summary>
public sealed class AlipayCallbackPolicy : ICallbackPolicy
{
    public string PlatformCode => AlipayDefinition.Code;

    public IReadOnlyList<TimeSpan> RetryDelays { get; } = [.. new[] { 4, 10, 10, 60, 120, 360, 900 }.Select(s => TimeSpan.FromSeconds(s))];

    public bool IsAcknowledged(int statusCode, string body) => statusCode == 200 && body.Trim() == "success";

    /// <summary>Alipay signs inside the form; nothing travels in headers.</summary>
    public Task<IReadOnlyDictionary<string, string>> HeadersAsync(SandboxCallback callback, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
}
