using MerchantPortal.Features.Backup;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Backup;

[Collection(BackupCollection.Name)]
public class RestoreCommandTests(BackupFixture fixture)
{
    private static async Task<(int Exit, string Output, string Errors)> RestoreAsync(string backup, string target)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await new RestoreCommand(output, errors).RunAsync(backup, target);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Restore_OfABackupTakenDuringWrites_GivesAPortalWhereTheOwnerSignsIn_TheIdentityDecrypts_AndTheChainVerifies()
    {
        var target = fixture.NewFolder();

        var (exit, output, errors) = await RestoreAsync(fixture.BackupFolder, target);

        Assert.Equal((0, ""), (exit, errors));
        Assert.Contains($"expect: {fixture.Manifest.Counts.AuditEntries} audit entries", output);
        Assert.Equal("{\"test\":\"secret\"}", await File.ReadAllTextAsync(Path.Combine(target, fixture.SecretsFile)));
        await using var restored = new RestoredPortalFactory(target);
        var client = await restored.SignInAsync(fixture.Owner);
        var manage = await client.Http.GetAsync("/Account/Manage");
        var identity = await restored.WithServicesAsync(
            sp => sp.GetRequiredService<IdentityStepService>().ReadAsync(fixture.Owner.Id, fixture.ApplicationId));
        var chain = await restored.WithServicesAsync(sp => sp.GetRequiredService<AuditTrail>().VerifyAsync());
        await using var db = await restored.CreateDbContextAsync();
        var storedNames = await db.Documents.Select(d => d.StoredName).ToListAsync();

        Assert.Equal(("/Account/Manage", true), (manage.RequestMessage!.RequestUri!.AbsolutePath, manage.IsSuccessStatusCode));
        Assert.Equal("11010519491231002X", identity!.IdNumber);
        Assert.True(chain.IsIntact, $"chain broken at entry {chain.FirstBrokenEntryId}");
        Assert.True(chain.EntriesChecked >= fixture.Manifest.Counts.AuditEntries);
        Assert.All(storedNames, name => Assert.True(File.Exists(Path.Combine(target, "documents", name)), name));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Restore_WithoutTheKeyRing_IsRefused_AndSaysWhy(bool wholeFolder)
    {
        var backup = fixture.CopyOfBackup();
        var keys = Path.Combine(backup, "keys");
        if (wholeFolder)
        {
            Directory.Delete(keys, recursive: true);
        }
        else
        {
            // The keys gone, the folder and anything else kept there (the dossier key) left.
            Directory.EnumerateFiles(keys, "key-*.xml").ToList().ForEach(File.Delete);
            await File.WriteAllTextAsync(Path.Combine(keys, "dossier-hmac.key"), "kept");
        }

        var target = fixture.NewFolder();

        var (exit, _, errors) = await RestoreAsync(backup, target);

        Assert.Equal(1, exit);
        Assert.Contains("no key ring", errors);
        Assert.Contains("decrypts the ID numbers", errors);
        Assert.Contains("sign-in cookies", errors);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task Restore_OfAnAlteredFile_IsRefused_NamingIt()
    {
        var backup = fixture.CopyOfBackup();
        var document = fixture.Manifest.Files.First(f => f.Path.StartsWith("documents/", StringComparison.Ordinal)).Path;
        var path = Path.Combine(backup, document);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);
        var target = fixture.NewFolder();

        var (exit, _, errors) = await RestoreAsync(backup, target);

        Assert.Equal(1, exit);
        Assert.Contains($"{document} has been altered", errors);
        Assert.Contains("nothing was restored", errors);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task Restore_OfAMissingOrUnlistedFile_IsRefused_NamingIt()
    {
        var backup = fixture.CopyOfBackup();
        File.Delete(Path.Combine(backup, "portal.db"));
        await File.WriteAllTextAsync(Path.Combine(backup, "keys", "key-planted.xml"), "<key/>");

        var (exit, _, errors) = await RestoreAsync(backup, fixture.NewFolder());

        Assert.Equal(1, exit);
        Assert.Contains("portal.db is missing", errors);
        Assert.Contains("keys/key-planted.xml is not in the manifest", errors);
    }

    [Fact]
    public async Task Restore_IntoAFolderThatHoldsData_IsRefused_AndLeavesItAlone()
    {
        var target = fixture.NewFolder();
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "portal.db"), "live data");

        var (exit, _, errors) = await RestoreAsync(fixture.BackupFolder, target);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", errors);
        Assert.Equal("live data", await File.ReadAllTextAsync(Path.Combine(target, "portal.db")));
    }

    [Fact]
    public async Task Restore_OfAFolderWithoutManifest_IsRefused()
    {
        var backup = fixture.CopyOfBackup();
        File.Delete(Path.Combine(backup, BackupManifest.FileName));

        var (exit, _, errors) = await RestoreAsync(backup, fixture.NewFolder());

        Assert.Equal(1, exit);
        Assert.Contains("not a finished backup", errors);
    }
}
