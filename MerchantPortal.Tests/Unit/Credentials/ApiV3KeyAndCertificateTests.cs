using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Tests.Unit.Credentials;

public class ApiV3KeyAndCertificateTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AGeneratedApiV3Key_Is32LettersAndDigits_AndPassesItsOwnCheck()
    {
        var key = ApiV3Key.Generate();

        Assert.Matches("^[A-Za-z0-9]{32}$", key);
        Assert.Equal(key, ApiV3Key.Validate(key));
        Assert.Equal(16, ApiV3Key.FingerprintOf(key).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("testMchAPIv3Key0")]
    [InlineData("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb1")]
    [InlineData("a7cde1ZJB1kG2e7VfTs3jQzaWizur8G!")]
    [InlineData("a7cde1ZJB1kG2e7VfTs3jQzaWizur8G密")]
    public void AnEnteredApiV3Key_MustBe32LettersAndDigits(string key)
    {
        Assert.Equal(DomainErrors.ApiV3KeyInvalid, Assert.Throws<DomainException>(() => ApiV3Key.Validate(key)).Code);
    }

    [Fact]
    public void ACertificate_IsReadWithItsSerialAsWeChatPayWritesIt()
    {
        using var key = RSA.Create(2048);
        using var certificate = Certificate(key, Now.AddDays(-1), Now.AddYears(1), [0x00, 0xD7, 0xCE, 0x59]);

        var info = CertificateInfo.Parse(certificate.ExportCertificatePem(), Now);

        Assert.Equal("D7CE59", info.Serial);
        Assert.Equal(PublicKeyInfo.Of(key), info.Key);
    }

    [Fact]
    public void ASerialStartingWithAZeroDigit_KeepsIt_TwoHexDigitsAByte()
    {
        using var key = RSA.Create(2048);
        using var certificate = Certificate(key, Now.AddDays(-1), Now.AddYears(1), [0x0A, 0x01]);

        Assert.Equal("0A01", CertificateInfo.Parse(certificate.ExportCertificatePem(), Now).Serial);
    }

    [Fact]
    public void AnExpiredCertificate_AKeyOrGarbage_IsRefused()
    {
        using var key = RSA.Create(2048);
        using var expired = Certificate(key, Now.AddYears(-2), Now.AddDays(-1), [0x01]);

        Assert.Equal(DomainErrors.CertificateNotValidNow, Assert.Throws<DomainException>(() => CertificateInfo.Parse(expired.ExportCertificatePem(), Now)).Code);
        Assert.Equal(DomainErrors.PrivateKeyPasted, Assert.Throws<DomainException>(() => CertificateInfo.Parse(key.ExportPkcs8PrivateKeyPem(), Now)).Code);
        Assert.Equal(DomainErrors.CertificateUnreadable, Assert.Throws<DomainException>(() => CertificateInfo.Parse("not a certificate", Now)).Code);
    }

    private static X509Certificate2 Certificate(RSA key, DateTime from, DateTime until, byte[] serial) =>
        new CertificateRequest("CN=merchant", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).Create(
            new X500DistinguishedName("CN=issuer"), X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1), from, until, serial);
}
