using System.Security.Cryptography;

namespace MerchantPortal.Domain.Credentials;

/// <summary>
/// One public key registered with an enrollment's credentials, with what the portal holds of its private half.
/// Keys are never deleted: a rotated key keeps its row, valid until the end of its overlap window.
/// </summary>
public sealed class CredentialKey
{
    private CredentialKey()
    {
    }

    internal CredentialKey(Guid credentialsId, KeyRole role, KeyOrigin origin, PublicKeyInfo key, string createdByUserId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        CredentialsId = credentialsId;
        Role = role;
        Origin = origin;
        PublicKey = key.SpkiBase64;
        Fingerprint = key.Fingerprint;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = nowUtc;
    }

    /// <summary>How long a generated private key waits for its download; after that it is gone and the key must be rotated.</summary>
    public static readonly TimeSpan DownloadWindow = TimeSpan.FromHours(1);

    public Guid Id { get; private set; }

    public Guid CredentialsId { get; private set; }

    public KeyRole Role { get; private set; }

    public KeyOrigin Origin { get; private set; }

    /// <summary>SubjectPublicKeyInfo DER, Base64.</summary>
    public string PublicKey { get; private set; } = "";

    public string Fingerprint { get; private set; } = "";

    /// <summary>
    /// The name the protocol gives the key, where it has one: a certificate's serial number, or WeChat Pay's
    /// <c>PUB_KEY_ID_…</c> for a platform public key.
    /// </summary>
    public string? KeyId { get; private set; }

    /// <summary>The key's certificate (PEM), where the protocol uses one.</summary>
    public string? CertificatePem { get; private set; }

    /// <summary>The certificate's serial number when the key also has a <see cref="KeyId"/> of its own.</summary>
    public string? CertificateSerial { get; private set; }

    /// <summary>
    /// The private key, encrypted: the platform's own (the sandbox signs with it), or the merchant's when they chose
    /// to let the portal keep it for the portal-run go-live suite. Null when the portal holds none.
    /// </summary>
    public string? ProtectedPrivateKey { get; private set; }

    /// <summary>A generated private key waiting for its one download, encrypted; null once downloaded.</summary>
    public string? ProtectedDownload { get; private set; }

    public DateTime? DownloadedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    /// <summary>When the key became valid.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The end of a rotated key's overlap window; null while the key is the current one.</summary>
    public DateTime? ValidUntilUtc { get; private set; }

    /// <summary>The public key, ready to verify with; the caller disposes it.</summary>
    public RSA OpenPublicKey()
    {
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey), out _);
        return rsa;
    }

    public bool IsValidAt(DateTime nowUtc) => CreatedAtUtc <= nowUtc && (ValidUntilUtc is null || nowUtc < ValidUntilUtc);

    internal void Identify(string? keyId, string? certificatePem, string? certificateSerial)
    {
        KeyId = keyId;
        CertificatePem = certificatePem;
        CertificateSerial = certificateSerial;
    }

    /// <summary>Every name a verifier may find this key under.</summary>
    public IEnumerable<string> Names() => new[] { KeyId, CertificateSerial }.OfType<string>().Distinct();

    internal void HoldPrivateKey(string? protectedPrivateKey, string? protectedDownload)
    {
        ProtectedPrivateKey = protectedPrivateKey;
        ProtectedDownload = protectedDownload;
    }

    internal void Retire(DateTime untilUtc)
    {
        if (ValidUntilUtc is null || untilUtc < ValidUntilUtc)
        {
            ValidUntilUtc = untilUtc;
        }
    }

    /// <summary>Whether <paramref name="userId"/> may still download the generated private key: the one who generated it, within the window.</summary>
    public bool OffersDownloadTo(string userId, DateTime nowUtc) =>
        ProtectedDownload is not null && CreatedByUserId == userId && nowUtc < CreatedAtUtc + DownloadWindow;

    internal string TakeDownload(string userId, DateTime nowUtc)
    {
        if (!OffersDownloadTo(userId, nowUtc))
        {
            throw new DomainException(DomainErrors.PrivateKeyGone);
        }

        var download = ProtectedDownload!;
        ProtectedDownload = null;
        DownloadedAtUtc = nowUtc;
        return download;
    }
}
