using Bunit;
using MerchantPortal.Components.Shared;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Components.Shared;

public class LocalTimeTests
{
    [Theory]
    [InlineData("zh-CN", "2026/11/25 10:00")]
    [InlineData("en", "11/25/2026 10:00 AM")]
    public async Task LocalTime_ShowsUtcInShanghai_InTheReadersCulture(string culture, string expected)
    {
        using var scope = new CultureScope(culture);
        await using var context = MudTestContext.Create();

        var time = context.Render<LocalTime>(p => p.Add(c => c.Utc, new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(expected, time.Find("time").TextContent.Replace('\u202f', ' '));
        Assert.Equal("2026-11-25T02:00:00.0000000Z", time.Find("time").GetAttribute("datetime"));
    }
}
