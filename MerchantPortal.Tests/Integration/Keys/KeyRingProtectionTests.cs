using System.Security.Cryptography;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Keys;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Keys;

public sealed class KeyRingProtectionTests : IDisposable
{
    private const string Purpose = "KeyRingProtectionTests";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("merchantportal-keys-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private static string Protect(PortalFactory portal, string text) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect(text);

    private static string Unprotect(PortalFactory portal, string token) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(token);

    private string Certificate(string name, string password)
    {
        var path = Path.Combine(dataDirectory, name);
        KeyEncryptionCertificate.Create(path, password);
        return path;
    }

    private string[] KeyFiles() => [.. Directory.GetFiles(Path.Combine(dataDirectory, "keys"), "*.xml").Select(File.ReadAllText)];

    private static Dictionary<string, string> CertificateSettings(string path, string password) => new()
    {
        [KeyRingProtection.CertificateSetting] = path,
        [KeyRingProtection.PasswordSetting] = password,
    };

    [Fact]
    public async Task Development_MakesItsOwnCertificate_SaysWhere_AndWritesNoPlainMasterKey()
    {
        await using var portal = new ConfiguredPortalFactory(dataDirectory);
        Protect(portal, "anything");
        var certificate = Path.Combine(dataDirectory, "secrets", KeyRingProtection.DevelopmentFileName);

        var files = KeyFiles();
        Assert.NotEmpty(files);
        Assert.All(files, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml);
        });
        Assert.True(File.Exists(certificate));
        await portal.WaitForConsoleAsync(certificate);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));
        }
    }

    [Fact]
    public async Task Development_NeverReplacesALostCertificate_UnderAnEncryptedKeyRing()
    {
        await using (var first = new ConfiguredPortalFactory(dataDirectory))
        {
            Protect(first, "anything");
        }

        File.Delete(Path.Combine(dataDirectory, "secrets", KeyRingProtection.DevelopmentFileName));
        await using var second = new ConfiguredPortalFactory(dataDirectory);

        Assert.Contains("is encrypted with a certificate that is not at", StartupError(second));
    }

    [Fact]
    public async Task ThePortal_DecryptsAfterARestart_WithTheSameCertificate()
    {
        var settings = CertificateSettings(Certificate("current.pfx", "pfx-password"), "pfx-password");
        string token;
        await using (var before = new ConfiguredPortalFactory(dataDirectory, settings: settings))
        {
            token = Protect(before, "survives a restart");
        }

        await using var after = new ConfiguredPortalFactory(dataDirectory, settings: settings);

        Assert.Equal("survives a restart", Unprotect(after, token));
        Assert.All(KeyFiles(), xml => Assert.Contains("<encryptedSecret", xml));
        Assert.False(File.Exists(Path.Combine(dataDirectory, "secrets", KeyRingProtection.DevelopmentFileName)));
    }

    [Fact]
    public async Task KeysWrittenUnencryptedBeforeThisChange_AreStillRead()
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("MerchantPortal").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        string token;
        await using (var old = services.BuildServiceProvider())
        {
            token = old.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("written before");
        }

        Assert.Contains("<value>", Assert.Single(KeyFiles()));
        await using var portal = new ConfiguredPortalFactory(dataDirectory);

        Assert.Equal("written before", Unprotect(portal, token));
    }

    [Fact]
    public async Task ARotatedCertificate_StillDecrypts_OnlyWhileListedAsPrevious()
    {
        var first = Certificate("first.pfx", "one");
        var second = Certificate("second.pfx", "two");
        string token;
        await using (var before = new ConfiguredPortalFactory(dataDirectory, settings: CertificateSettings(first, "one")))
        {
            token = Protect(before, "rotated");
        }

        var rotated = CertificateSettings(second, "two");
        rotated[KeyRingProtection.PreviousSetting + ":0:Path"] = first;
        rotated[KeyRingProtection.PreviousSetting + ":0:Password"] = "one";
        await using (var after = new ConfiguredPortalFactory(dataDirectory, settings: rotated))
        {
            Assert.Equal("rotated", Unprotect(after, token));
        }

        await using var forgotten = new ConfiguredPortalFactory(dataDirectory, settings: CertificateSettings(second, "two"));
        Assert.ThrowsAny<CryptographicException>(() => Unprotect(forgotten, token));
    }

    [Fact]
    public async Task Production_WithoutTheCertificate_RefusesToStart_NamingTheSetting()
    {
        await using var portal = new ConfiguredPortalFactory(dataDirectory, "Production");

        var message = StartupError(portal);

        Assert.Contains("DataProtection:KeyEncryptionCertificate", message);
        Assert.Contains("DataProtection__KeyEncryptionCertificatePassword", message);
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "secrets")));
    }

    [Fact]
    public async Task Production_WithoutAuditKeys_RefusesToStart_NamingTheSettings()
    {
        await using var portal = new ConfiguredPortalFactory(dataDirectory, "Production", CertificateSettings(Certificate("p.pfx", "pw"), "pw"));

        var message = StartupError(portal);

        Assert.Contains("Audit:CurrentKeyId", message);
        Assert.Contains("Audit__Keys__", message);
    }

    [Fact]
    public async Task Production_WithBothSettings_Starts_AndMakesNoSecretsOfItsOwn()
    {
        var settings = CertificateSettings(Certificate("p.pfx", "pw"), "pw");
        settings[AuditKeyRing.CurrentKeySetting] = "2026-12";
        settings[AuditKeyRing.KeysSetting + ":2026-12"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var portal = new ConfiguredPortalFactory(dataDirectory, "Production", settings);

        var token = Protect(portal, "production");

        Assert.Equal("production", Unprotect(portal, token));
        Assert.Equal("2026-12", portal.Services.GetRequiredService<AuditKeyRing>().Current.Id);
        Assert.All(KeyFiles(), xml => Assert.Contains("<encryptedSecret", xml));
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "secrets")));
    }

    /// <summary>The messages of what stopped the portal from starting, inner exceptions included.</summary>
    private static string StartupError(PortalFactory portal)
    {
        var error = Record.Exception(() => portal.Services);
        Assert.NotNull(error);
        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
