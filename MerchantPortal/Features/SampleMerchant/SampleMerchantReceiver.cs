using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.SampleMerchant;

/// <summary>
/// The portal's reference integration of a merchant's notify URL: verify with the same client code a merchant would
/// run, acknowledge exactly as the platform expects, handle a replay once. Registered as a notify URL it lets
/// demos and tests run without a merchant server.
/// </summary>
public sealed class SampleMerchantReceiver(IDbContextFactory<PortalDbContext> dbFactory, CredentialStore store, TimeProvider clock)
{
    public sealed record Answer(int Status, string ContentType, string Body);

    public async Task<Answer> AlipayAsync(string appId, IReadOnlyCollection<KeyValuePair<string, string?>> form, SampleMerchantBehaviour behaviour)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking().SingleOrDefaultAsync(c => c.AppId == appId && c.Environment == CredentialEnvironment.Sandbox);
        if (credentials is null)
        {
            return new Answer(404, "text/plain", "fail");
        }

        var keys = credentials.ValidKeys(KeyRole.Platform, Now).Select(k => k.PublicKey).ToList();
        if (behaviour != SampleMerchantBehaviour.AcceptsForgeries && !AlipayNotificationVerifier.Verify(form, keys))
        {
            return new Answer(400, "text/plain", "fail");
        }

        var value = (string name) => form.FirstOrDefault(p => p.Key == name).Value ?? "";
        await ReceiveAsync(db, credentials.Id, value("notify_id"), $"{value("out_trade_no")} {value("trade_status")}");
        // Alipay takes exactly "success"; anything else, "SUCCESS" included, means "send it again".
        return new Answer(200, "text/plain", behaviour == SampleMerchantBehaviour.WrongAcknowledgement ? "SUCCESS" : "success");
    }

    public async Task<Answer> WeChatPayAsync(string mchId, WeChatPaySignedHeaders headers, byte[] body, SampleMerchantBehaviour behaviour)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking().SingleOrDefaultAsync(c => c.MerchantId == mchId && c.Environment == CredentialEnvironment.Sandbox);
        if (credentials is null)
        {
            return Failure(404, "unknown merchant");
        }

        var platformKeys = new Dictionary<string, RSA>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in credentials.ValidKeys(KeyRole.Platform, Now))
        {
            foreach (var name in key.Names())
            {
                platformKeys.TryAdd(name, key.OpenPublicKey());
            }
        }

        var apiV3Keys = credentials.ValidKeys(KeyRole.SharedSecret, Now).Select(k => Encoding.ASCII.GetBytes(store.Protector.Unprotect(k.ProtectedPrivateKey!))).ToList();
        try
        {
            var notification = WeChatPayNotificationParser.Parse(headers, body, new WeChatPayVerifier(platformKeys, clock), apiV3Keys);
            await ReceiveAsync(db, credentials.Id, notification.Id, $"{notification.EventType} {notification.Summary}");
        }
        catch (WeChatPayProtocolException e) when (behaviour != SampleMerchantBehaviour.AcceptsForgeries)
        {
            return Failure(401, e.Message);
        }
        catch (WeChatPayProtocolException)
        {
            // Accepting forgeries is the mistake this behaviour shows.
        }
        finally
        {
            foreach (var rsa in platformKeys.Values.Distinct())
            {
                rsa.Dispose();
            }
        }

        // WeChat Pay takes 200 or 204; a 202 is the kind of answer that looks right and is retried anyway.
        return new Answer(behaviour == SampleMerchantBehaviour.WrongAcknowledgement ? 202 : 204, "application/json", "");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static Answer Failure(int status, string message) =>
        new(status, "application/json", System.Text.Json.JsonSerializer.Serialize(new { code = "FAIL", message }));

    /// <summary>Records the notification once; a replay finds its receipt and is acknowledged again without being processed twice.</summary>
    private async Task ReceiveAsync(PortalDbContext db, Guid credentialsId, string notificationId, string summary)
    {
        var id = notificationId.Length <= SampleReceipt.MaxNotificationIdLength ? notificationId : notificationId[..SampleReceipt.MaxNotificationIdLength];
        if (id.Length == 0 || await db.Set<SampleReceipt>().AnyAsync(r => r.CredentialsId == credentialsId && r.NotificationId == id))
        {
            return;
        }

        db.Add(new SampleReceipt(credentialsId, id, summary, Now));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same notification, delivered twice at once: the other delivery recorded it.
        }
    }
}
