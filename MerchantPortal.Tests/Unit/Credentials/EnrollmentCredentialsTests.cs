using System.Security.Cryptography;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Tests.Unit.Credentials;

public class EnrollmentCredentialsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);

    private static readonly IssuedKey PlatformKey = NewKey();

    [Fact]
    public void TheFirstKey_NeedsNoWindow_AndIsCurrent()
    {
        var credentials = Issue();
        var key = credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, null, "u", Now);

        Assert.Same(key, credentials.Current(KeyRole.Merchant, Now));
        Assert.Null(key.ValidUntilUtc);
    }

    [Fact]
    public void ARotation_KeepsTheOldKeyValidUntilTheWindowEnds_ThenOnlyTheNewOne()
    {
        var credentials = Issue();
        var old = credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, null, "u", Now);
        var rotated = credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, Now.AddHours(2), "u", Now.AddMinutes(1));

        Assert.Equal([rotated, old], credentials.ValidKeys(KeyRole.Merchant, Now.AddHours(1)));
        Assert.Equal([rotated], credentials.ValidKeys(KeyRole.Merchant, Now.AddHours(2)));
        Assert.Same(rotated, credentials.Current(KeyRole.Merchant, Now.AddHours(1)));
    }

    [Fact]
    public void ARotationMadeAtTheSameInstant_StillMakesTheNewKeyCurrent()
    {
        var credentials = Issue();
        credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, null, "u", Now);
        var rotated = credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, Now.AddHours(1), "u", Now);

        Assert.Same(rotated, credentials.Current(KeyRole.Merchant, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(-1)]
    [InlineData(30 * 24 + 1)]
    public void ARotationWithoutAWindowInRange_IsRefused(int? hours)
    {
        var credentials = Issue();
        credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, null, "u", Now);

        var refused = Assert.Throws<DomainException>(() =>
            credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, hours is { } h ? Now.AddHours(h) : null, "u", Now));

        Assert.Equal(DomainErrors.OverlapOutOfRange, refused.Code);
    }

    [Fact]
    public void AWindowOfNothing_RevokesTheOldKeyAtOnce()
    {
        var credentials = Issue();
        credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, null, "u", Now);
        var rotated = credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, Now, "u", Now);

        Assert.Equal([rotated], credentials.ValidKeys(KeyRole.Merchant, Now));
    }

    [Fact]
    public void ThePlatformsKey_OrAKeyAlreadyThere_IsNotRegisteredAsTheMerchants()
    {
        var credentials = Issue();
        var mine = NewKey();
        credentials.AddMerchantKey(mine, KeyOrigin.Pasted, null, null, null, "u", Now);

        Assert.Equal(DomainErrors.PlatformKeyPasted,
            Assert.Throws<DomainException>(() => credentials.AddMerchantKey(PlatformKey, KeyOrigin.Pasted, null, null, Now.AddHours(1), "u", Now)).Code);
        Assert.Equal(DomainErrors.KeyAlreadyRegistered,
            Assert.Throws<DomainException>(() => credentials.AddMerchantKey(mine, KeyOrigin.Pasted, null, null, Now.AddHours(1), "u", Now)).Code);
    }

    [Fact]
    public void AGeneratedPrivateKey_IsHandedOutOnce()
    {
        var credentials = Issue();
        var key = credentials.AddMerchantKey(NewKey(), KeyOrigin.Generated, null, "protected-pem", null, "u", Now);

        Assert.Equal("protected-pem", credentials.TakePrivateKeyDownload(key.Id, "u", Now));
        Assert.Equal(DomainErrors.PrivateKeyGone, Assert.Throws<DomainException>(() => credentials.TakePrivateKeyDownload(key.Id, "u", Now)).Code);
        Assert.Equal(Now, key.DownloadedAtUtc);
    }

    [Fact]
    public void AGeneratedPrivateKey_IsOfferedOnlyToWhoeverGeneratedIt_WithinTheWindow()
    {
        var credentials = Issue();
        var key = credentials.AddMerchantKey(NewKey(), KeyOrigin.Generated, null, "protected-pem", null, "u", Now);

        Assert.False(key.OffersDownloadTo("colleague", Now));
        Assert.Equal(DomainErrors.PrivateKeyGone, Assert.Throws<DomainException>(() => credentials.TakePrivateKeyDownload(key.Id, "colleague", Now)).Code);
        Assert.True(key.OffersDownloadTo("u", Now + CredentialKey.DownloadWindow - TimeSpan.FromSeconds(1)));
        Assert.Equal(DomainErrors.PrivateKeyGone,
            Assert.Throws<DomainException>(() => credentials.TakePrivateKeyDownload(key.Id, "u", Now + CredentialKey.DownloadWindow)).Code);
    }

    [Fact]
    public void AThirdKey_WaitsForTheOverlapToEnd_UnlessItRevokesTheOthers()
    {
        var credentials = Issue();
        credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, null, "u", Now);
        credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, Now.AddHours(1), "u", Now);

        Assert.Equal(DomainErrors.TooManyValidKeys,
            Assert.Throws<DomainException>(() => credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, Now.AddHours(1), "u", Now)).Code);
        var third = credentials.AddMerchantKey(NewKey(), KeyOrigin.Pasted, null, null, Now, "u", Now);
        Assert.Equal([third], credentials.ValidKeys(KeyRole.Merchant, Now));
    }

    [Theory]
    [InlineData("https://shop.example/alipay/notify", true)]
    [InlineData("http://127.0.0.1:5080/sample-merchant/alipay", true)]
    [InlineData("", true)]
    [InlineData("ftp://shop.example/notify", false)]
    [InlineData("/relative/notify", false)]
    [InlineData("https://user:pass@shop.example/notify", false)]
    [InlineData("https://shop.example/notify#top", false)]
    public void ANotifyUrl_IsAnAbsoluteHttpAddress(string url, bool accepted)
    {
        var credentials = Issue();

        var error = Record.Exception(() => credentials.SetNotifyUrl(url));

        Assert.Equal(accepted, error is null);
    }

    private static EnrollmentCredentials Issue() =>
        EnrollmentCredentials.Issue(Guid.NewGuid(), CredentialEnvironment.Sandbox, "9021000000000001", null, PlatformKey, "protected", "u", Now);

    private static IssuedKey NewKey()
    {
        using var rsa = RSA.Create(2048);
        return new IssuedKey(PublicKeyInfo.Of(rsa));
    }
}
