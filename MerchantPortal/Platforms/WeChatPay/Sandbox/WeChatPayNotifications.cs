using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// WeChat Pay's notifications: the envelope (<c>id</c>, <c>create_time</c>, <c>event_type</c>, <c>summary</c>) around a
/// <c>resource</c> whose JSON is sealed AEAD_AES_256_GCM under the current API v3 key; the headers are signed when
/// each attempt is sent (<see cref="WeChatPayCallbackPolicy"/>).
/// </summary>
public sealed class WeChatPayNotifications(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector(CredentialStore.ProtectorPurpose);

    /// <summary>Queues in the caller's unit of work; without a notify URL or an API v3 key there is nothing to send.</summary>
    public void Queue(PortalDbContext db, EnrollmentCredentials credentials, string reference, string? url, string eventType, string summary, string originalType, string resourceJson)
    {
        var now = clock.GetUtcNow();
        if (url is null || credentials.Current(KeyRole.SharedSecret, now.UtcDateTime) is not { } secret)
        {
            return;
        }

        var nonce = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", AeadAesGcm.NonceLength);
        var key = System.Text.Encoding.ASCII.GetBytes(protector.Unprotect(secret.ProtectedPrivateKey!));
        var body = JsonSerializer.Serialize(new
        {
            id = Guid.NewGuid().ToString(),
            create_time = WeChatPayTime.Format(now.UtcDateTime),
            resource_type = "encrypt-resource",
            event_type = eventType,
            summary,
            resource = new
            {
                original_type = originalType,
                algorithm = AeadAesGcm.Algorithm,
                ciphertext = AeadAesGcm.Encrypt(key, nonce, originalType, resourceJson),
                associated_data = originalType,
                nonce,
            },
        }, WeChatPayJson.Options);
        db.Add(SandboxCallback.Create(WeChatPayDefinition.Code, credentials.Id, reference, url, "application/json", body, now.UtcDateTime));
    }
}
