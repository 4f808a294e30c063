using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;

namespace MerchantPortal.Features.Credentials;

/// <summary>The wizard's "API keys" step: each enrollment with the credentials issued for it so far.</summary>
/// <param name="SandboxOff">The deployment runs no sandbox, so none of its credentials are issued.</param>
public sealed record ApiKeysView(Guid ApplicationId, bool SandboxOff, IReadOnlyList<ApiKeysView.Platform> Platforms)
{
    /// <param name="Sandbox">Null when the portal does not issue this platform's credentials yet.</param>
    public sealed record Platform(Guid EnrollmentId, string PlatformCode, EnrollmentState State, Credentials? Sandbox, Credentials? Live);

    public sealed record Credentials(CredentialEnvironment Environment, string AppId, string? NotifyUrl, IReadOnlyList<Key> PlatformKeys, IReadOnlyList<Key> MerchantKeys);

    /// <param name="DownloadPending">A generated private key whose one download is still offered to the reader.</param>
    public sealed record Key(Guid Id, KeyOrigin Origin, string PublicKey, string Fingerprint, DateTime CreatedAtUtc, DateTime? ValidUntilUtc, bool Kept, bool DownloadPending)
    {
        public string PublicKeyPem => $"-----BEGIN PUBLIC KEY-----\n{string.Join('\n', PublicKey.Chunk(64).Select(c => new string(c)))}\n-----END PUBLIC KEY-----\n";
    }
}
