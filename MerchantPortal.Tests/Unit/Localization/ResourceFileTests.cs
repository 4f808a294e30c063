using System.Text.RegularExpressions;
using System.Xml.Linq;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Localization;

/// <summary>Every UI string exists in both languages, with the same placeholders, so no screen falls back half-translated.</summary>
public partial class ResourceFileTests
{
    public static TheoryData<string> NeutralFiles() =>
        [.. Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, "MerchantPortal", "Resources"), "*Text.resx").Select(f => System.IO.Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void ChineseFile_HasTheSameKeys_AndPlaceholders(string neutralFile)
    {
        var english = Read(neutralFile);
        var chinese = Read(neutralFile.Replace(".resx", ".zh-CN.resx"));

        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"{neutralFile}: {key} is empty");
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), $"{neutralFile} zh-CN: {key} is empty");
            Assert.Equal(Placeholders(value), Placeholders(chinese[key]));
        }
    }

    [Fact]
    public void ResourceFiles_AreFound() => Assert.NotEmpty(NeutralFiles());

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(System.IO.Path.Combine(RepositoryRoot.Path, "MerchantPortal", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
