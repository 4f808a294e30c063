using System.Security.Cryptography;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// Signs what the sandbox sends as WeChat Pay signs it: <c>TIMESTAMP\nNONCE\nBODY\n</c> with the current platform
/// key, named in <c>Wechatpay-Serial</c> by the certificate's serial or the public key's id, as the merchant chose.
/// </summary>
public sealed class WeChatPayPlatformSigner(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector(CredentialStore.ProtectorPurpose);

    public Dictionary<string, string> Sign(EnrollmentCredentials credentials, ReadOnlySpan<byte> body)
    {
        var now = clock.GetUtcNow();
        var key = credentials.Current(KeyRole.Platform, now.UtcDateTime)!;
        using var rsa = RSA.Create();
        rsa.ImportFromPem(protector.Unprotect(key.ProtectedPrivateKey!));
        return SignWith(rsa, NameOf(key, credentials.PlatformKeyMode), body, now);
    }

    /// <summary>The headers signed by <paramref name="rsa"/> under <paramref name="serial"/>: the platform's, or a forger's claiming to be it.</summary>
    public static Dictionary<string, string> SignWith(RSA rsa, string serial, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = WeChatPayAuthorization.NewNonce();
        return new Dictionary<string, string>
        {
            [WeChatPaySignedHeaders.TimestampHeader] = timestamp,
            [WeChatPaySignedHeaders.NonceHeader] = nonce,
            [WeChatPaySignedHeaders.SignatureHeader] = Sha256WithRsa.Sign(WeChatPayMessages.Response(timestamp, nonce, body), rsa),
            [WeChatPaySignedHeaders.SerialHeader] = serial,
            ["Wechatpay-Signature-Type"] = WeChatPayAuthorization.Schema,
        };
    }

    /// <summary>The name a merchant finds this platform key under.</summary>
    public static string NameOf(CredentialKey key, PlatformKeyMode mode) =>
        (mode == PlatformKeyMode.Certificate ? key.CertificateSerial : key.KeyId) ?? key.KeyId ?? key.Fingerprint;
}
