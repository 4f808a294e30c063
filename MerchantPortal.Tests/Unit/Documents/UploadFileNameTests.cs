using MerchantPortal.Features.Documents;

namespace MerchantPortal.Tests.Unit.Documents;

public class UploadFileNameTests
{
    [Theory]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("\u2066营业执照\u2069.pdf", "营业执照.pdf")]
    [InlineData("a\u200Eb\u200Fc\u061Cd\u202Ae\u202Bf\u202Cg\u202Dh\u2067i\u2068j.pdf", "abcdefghij.pdf")]
    [InlineData("zero\u200Bwidth\u200D\uFEFF.pdf", "zerowidth.pdf")]
    [InlineData("tag\U000E0041.pdf", "tag.pdf")]
    [InlineData("普通 名字 (1).pdf", "普通 名字 (1).pdf")]
    public void Clean_RemovesBidiAndInvisibleCharacters_AndKeepsTheRest(string given, string stored) =>
        Assert.Equal(stored, UploadFileName.Clean(given));

    [Fact]
    public void Clean_NameOfOnlyInvisibleCharacters_BecomesEmptyAndIsRefused() =>
        Assert.False(UploadFileName.IsAcceptable(UploadFileName.Clean("\u202E\u200B\u2066")));
}
