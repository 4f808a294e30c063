namespace MerchantPortal.Platforms.Sandbox;

/// <summary>The sandbox's certificate authority: it signs the merchant and platform certificates the sandbox issues.</summary>
public sealed class SandboxAuthority
{
    private SandboxAuthority()
    {
    }

    public SandboxAuthority(string certificatePem, string protectedPrivateKey, DateTime createdAtUtc)
    {
        CertificatePem = certificatePem;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAtUtc = createdAtUtc;
    }

    /// <summary>Always 1: there is one authority per deployment.</summary>
    public int Id { get; private set; } = 1;

    public string CertificatePem { get; private set; } = "";

    public string ProtectedPrivateKey { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }
}
