using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;

namespace MerchantPortal.Features.Credentials;

/// <summary>The wizard's "API keys" step: each enrollment with the credentials issued for it so far.</summary>
/// <param name="SandboxOff">The deployment runs no sandbox, so none of its credentials are issued.</param>
public sealed record ApiKeysView(Guid ApplicationId, bool SandboxOff, IReadOnlyList<ApiKeysView.Platform> Platforms)
{
    /// <param name="UsesCertificates">Keys are certificates named by serial (WeChat Pay), not bare public keys (Alipay).</param>
    /// <param name="UsesSharedSecret">The platform shares an API v3 key with the merchant.</param>
    /// <param name="Sandbox">Null when the portal does not issue this platform's credentials (yet).</param>
    public sealed record Platform(Guid EnrollmentId, string PlatformCode, EnrollmentState State, bool UsesCertificates, bool UsesSharedSecret,
        Credentials? Sandbox, Credentials? Live);

    public sealed record Credentials(CredentialEnvironment Environment, string AppId, string? MerchantId, string? NotifyUrl, PlatformKeyMode PlatformKeyMode,
        IReadOnlyList<Key> PlatformKeys, IReadOnlyList<Key> MerchantKeys, IReadOnlyList<Key> Secrets);

    /// <param name="KeyId">A certificate's serial or a <c>PUB_KEY_ID_…</c>, where the platform names keys.</param>
    /// <param name="DownloadPending">A generated private key whose one download is still offered to the reader.</param>
    public sealed record Key(Guid Id, KeyOrigin Origin, string PublicKey, string Fingerprint, string? KeyId, string? CertificateSerial, string? CertificatePem,
        DateTime CreatedAtUtc, DateTime? ValidUntilUtc, bool Kept, bool DownloadPending)
    {
        public string PublicKeyPem => new(System.Security.Cryptography.PemEncoding.Write("PUBLIC KEY", Convert.FromBase64String(PublicKey)));
    }

    public static Credentials? Of(EnrollmentCredentials? credentials, string userId, DateTime now) => credentials is null
        ? null
        : new Credentials(credentials.Environment, credentials.AppId, credentials.MerchantId, credentials.NotifyUrl, credentials.PlatformKeyMode,
            Keys(credentials, KeyRole.Platform, userId, now), Keys(credentials, KeyRole.Merchant, userId, now), Keys(credentials, KeyRole.SharedSecret, userId, now));

    private static IReadOnlyList<Key> Keys(EnrollmentCredentials credentials, KeyRole role, string userId, DateTime now) =>
        [.. credentials.ValidKeys(role, now).Select(k => new Key(k.Id, k.Origin, k.PublicKey, k.Fingerprint, k.KeyId, k.CertificateSerial, k.CertificatePem,
            k.CreatedAtUtc, k.ValidUntilUtc, k.Role == KeyRole.Merchant && k.ProtectedPrivateKey is not null, k.OffersDownloadTo(userId, now)))];
}
