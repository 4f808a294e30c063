using MerchantPortal.Data;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// WeChat Pay retries a notification until the merchant's server answers 200 or 204; its published schedule
/// (15 s, 15 s, 30 s, 3 m, 10 m, 20 m, 30 m, 30 m, 30 m, 60 m, 3 h, 3 h, 3 h, 6 h, 6 h) runs here fifteen times faster.
/// Each attempt is signed when it is sent, so a retry is as fresh as the first.
/// </summary>
public sealed class WeChatPayCallbackPolicy(IDbContextFactory<PortalDbContext> dbFactory, WeChatPayPlatformSigner signer) : ICallbackPolicy
{
    private static readonly int[] PublishedSeconds = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600];

    public string PlatformCode => WeChatPayDefinition.Code;

    public IReadOnlyList<TimeSpan> RetryDelays { get; } = [.. PublishedSeconds.Select(s => TimeSpan.FromSeconds(s / 15.0))];

    public bool IsAcknowledged(int statusCode, string body) => statusCode is 200 or 204;

    public async Task<IReadOnlyDictionary<string, string>> HeadersAsync(SandboxCallback callback, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking().SingleAsync(c => c.Id == callback.CredentialsId, cancellationToken);
        return signer.Sign(credentials, System.Text.Encoding.UTF8.GetBytes(callback.Body));
    }
}
