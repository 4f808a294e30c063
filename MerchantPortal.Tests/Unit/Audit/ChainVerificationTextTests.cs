using MerchantPortal.Domain.Audit;
using MerchantPortal.Features.Audit;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Audit;

public class ChainVerificationTextTests
{
    private static readonly KeyRange[] Rotated = [new(null, 1, 120, 120), new("2026-12", 121, 5000, 4880)];

    [Fact]
    public void Ranges_SayWhichKeyVerifiedWhichEntries()
    {
        using var _ = new CultureScope("en");

        Assert.Equal("Verified by key: No. 1–120 unkeyed (written before keys); No. 121–5000 key 2026-12.",
            ChainVerificationText.Ranges(new ChainVerification(5000, null, null, Rotated)));
        Assert.Null(ChainVerificationText.Ranges(new ChainVerification(0, null, null, [])));
    }

    [Fact]
    public void Verdict_NamesTheEntry_AndAnUnknownKeyOrARemovedOne_InChinese()
    {
        using var _ = new CultureScope("zh-CN");

        var unknown = ChainVerificationText.Verdict(new ChainVerification(7, 7, ChainBreak.UnknownKey, Rotated));
        var removed = ChainVerificationText.Verdict(new ChainVerification(7, 7, ChainBreak.KeyRemoved, Rotated));

        Assert.Contains("7", unknown);
        Assert.Contains("它使用的密钥本系统没有", unknown);
        Assert.Contains("没有密钥的情况下被改写", removed);
    }
}
