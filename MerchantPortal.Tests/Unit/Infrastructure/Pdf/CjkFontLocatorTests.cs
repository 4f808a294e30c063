using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Infrastructure.Pdf;

public class CjkFontLocatorTests
{
    private const string Wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private const string LatinOnly = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "no-such-font-" + Guid.NewGuid().ToString("N") + ".ttc");

    [Theory]
    [InlineData("zh-CN", "无法使用")]
    [InlineData("en", "cannot be used")]
    public void Locate_ConfiguredPathMissing_FailsNamingFontPathAndSetting(string culture, string words)
    {
        using var scope = new CultureScope(culture);

        var error = Assert.Throws<MissingFontException>(() => new CjkFontLocator([Wqy]).Locate(Missing));

        Assert.Contains(words, error.Message);
        Assert.Contains(Missing, error.Message);
        Assert.Contains("Reports:FontPath", error.Message);
        Assert.Contains("fonts-wqy-microhei", error.Message);
        Assert.Equal([Missing], error.TriedPaths);
    }

    [Theory]
    [InlineData("zh-CN", "未找到含中文字形的字体")]
    [InlineData("en", "No font with Chinese glyphs was found")]
    public void Locate_NoSystemFont_FailsNamingFontAndPathsTried(string culture, string words)
    {
        using var scope = new CultureScope(culture);

        var error = Assert.Throws<MissingFontException>(() => new CjkFontLocator([Missing, LatinOnly]).Locate(null));

        Assert.Contains(words, error.Message);
        Assert.Contains("WenQuanYi Micro Hei", error.Message);
        Assert.Contains($"{Missing}, {LatinOnly}", error.Message);
        Assert.Contains("Reports:FontPath", error.Message);
    }

    [Fact]
    public void Locate_ConfiguredLatinOnlyFont_IsRefusedRatherThanPrintingBoxes() =>
        Assert.Throws<MissingFontException>(() => new CjkFontLocator([Wqy]).Locate(LatinOnly));

    [Fact]
    public void Locate_SystemFonts_SkipsUnusableOnesAndTakesTheCjkFont()
    {
        var face = new CjkFontLocator([Missing, LatinOnly, Wqy]).Locate(" ");

        Assert.True(TrueTypeFace.HasGlyph(face, '中'));
    }

    [Fact]
    public void Locate_ConfiguredCollection_TakesItsFirstFace() =>
        Assert.Equal(TrueTypeFace.FirstFace(File.ReadAllBytes(Wqy)), new CjkFontLocator([]).Locate(Wqy));
}
