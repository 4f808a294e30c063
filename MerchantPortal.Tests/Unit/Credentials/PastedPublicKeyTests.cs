using System.Security.Cryptography;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Tests.Unit.Credentials;

public class PastedPublicKeyTests
{
    private static readonly RSA Key = RSA.Create(2048);

    [Fact]
    public void TheFormsMerchantsPaste_AllReadAsTheSameKey()
    {
        var expected = PublicKeyInfo.Of(Key);
        var bare = Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo());

        Assert.Equal(expected, PastedPublicKey.Parse(Key.ExportSubjectPublicKeyInfoPem()));
        Assert.Equal(expected, PastedPublicKey.Parse(Key.ExportRSAPublicKeyPem()));
        Assert.Equal(expected, PastedPublicKey.Parse(bare));
        Assert.Equal(expected, PastedPublicKey.Parse(" " + string.Join("\n", bare.Chunk(64).Select(c => new string(c))) + "\n"));
        Assert.Equal(expected, PastedPublicKey.Parse(Convert.ToBase64String(Key.ExportRSAPublicKey())));
    }

    [Fact]
    public void TheFingerprint_IsSha256OverTheDer()
    {
        var der = Key.ExportSubjectPublicKeyInfo();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(der)), PastedPublicKey.Parse(Key.ExportSubjectPublicKeyInfoPem()).Fingerprint);
    }

    public static TheoryData<string, string> Wrong()
    {
        using var small = RSA.Create(1024);
        using var ec = ECDsa.Create();
        var certificate = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=x", Key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
        return new()
        {
            { "", DomainErrors.PublicKeyMissing },
            { "   ", DomainErrors.PublicKeyMissing },
            { Key.ExportPkcs8PrivateKeyPem(), DomainErrors.PrivateKeyPasted },
            { Key.ExportRSAPrivateKeyPem(), DomainErrors.PrivateKeyPasted },
            { certificate.ExportCertificatePem(), DomainErrors.CertificatePasted },
            { small.ExportSubjectPublicKeyInfoPem(), DomainErrors.PublicKeySize },
            { ec.ExportSubjectPublicKeyInfoPem(), DomainErrors.PublicKeyUnreadable },
            { "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", DomainErrors.PublicKeyUnreadable },
            { "not a key at all", DomainErrors.PublicKeyUnreadable },
            { new string('A', PastedPublicKey.MaxLength + 1), DomainErrors.PublicKeyUnreadable },
        };
    }

    [Theory]
    [MemberData(nameof(Wrong))]
    public void AnythingButAnRsa2048PublicKey_IsRefused_SayingWhatItIs(string pasted, string code)
    {
        Assert.Equal(code, Assert.Throws<DomainException>(() => PastedPublicKey.Parse(pasted)).Code);
    }
}
