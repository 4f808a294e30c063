using System.Text;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Reports.Dossier;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Tests.Unit.Reports.Dossier;

public class DossierCanonicalFormTests
{
    private static readonly DateTime At = new(2026, 11, 26, 7, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Bytes_AreTheSameInEveryCulture_AndPlainAscii()
    {
        byte[] chinese, english;
        using (new CultureScope("zh-CN"))
        {
            chinese = DossierCanonicalForm.Bytes(Content("d41d8cd98f00b204e9800998ecf8427e"));
        }

        using (new CultureScope("en"))
        {
            english = DossierCanonicalForm.Bytes(Content("d41d8cd98f00b204e9800998ecf8427e"));
        }

        Assert.Equal(chinese, english);
        var text = Encoding.UTF8.GetString(chinese);
        Assert.StartsWith(DossierCanonicalForm.Version + "\n{", text);
        Assert.All(text, c => Assert.True(c < 128));
        Assert.Contains("\"IssuedAtUtc\":\"2026-11-26T07:30:00Z\"", text);
        Assert.Contains("\"Kind\":\"BusinessLicense\"", text);
    }

    [Fact]
    public void Sign_ChangedFact_ChangesTheHmac_AndTheKeySurvivesARestart()
    {
        var folder = Directory.CreateTempSubdirectory("dossier-key-").FullName;
        var protection = new EphemeralDataProtectionProvider();
        var key = new DossierKey(new DataDirectory(folder, null), protection);

        var original = key.Sign(DossierCanonicalForm.Bytes(Content("aa")));
        var again = new DossierKey(new DataDirectory(folder, null), protection).Sign(DossierCanonicalForm.Bytes(Content("aa")));
        var changed = key.Sign(DossierCanonicalForm.Bytes(Content("ab")));

        Assert.Equal(43, original.Length);
        Assert.Equal(original, again);
        Assert.NotEqual(original, changed);
        // What lies on disk is Data Protection's ciphertext, not the 32 key bytes.
        Assert.True(new FileInfo(Path.Combine(folder, "data", "keys", "dossier-hmac.key")).Length > 32);
        Directory.Delete(folder, recursive: true);
    }

    private static DossierContent Content(string sha256) => new(
        Guid.Parse("0473bf1d-4a26-4c20-b97e-21d438ad3d97"), At, "审核员 甲", Guid.Parse("6f1c2a00-0000-4000-8000-000000000001"),
        Guid.Parse("6f1c2a00-0000-4000-8000-000000000002"), "福州示例餐饮管理有限公司", ApplicationState.Approved, 1, At,
        ["wechatpay"], Scenes.InStore,
        new EnterpriseDetails(SubjectType.Enterprise, Industry.Catering, "福州示例餐饮管理有限公司", "91350100M000100Y43", "福建省福州市鼓楼区示例路 1 号",
            new DateOnly(2015, 3, 1), null, "林芳", "13900000000", "lin@example.test"),
        new IdentitySummary("林芳", "1101**********002X", 1, SettlementAccountType.Corporate, "中国工商银行", "***************2345"),
        [new(DocumentKind.BusinessLicense, 1, "营业执照.pdf", 2048, sha256, At, DocumentStatus.Approved, [new(1, true, null, null, "审核员 甲", At)])],
        [], [], [], AuditTruncated: false);
}
