using Bunit;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Components.Review;

public class SlaChipTests
{
    private static readonly DateTime Due = new(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(SlaLevel.OnTrack, 20.0, 0, "剩余 20 工作小时")]
    [InlineData(SlaLevel.DueSoon, 2.5, 0, "剩余 2.5 工作小时")]
    [InlineData(SlaLevel.Breached, 0.0, 26, "已超时 1 天 2 小时")]
    public async Task Chip_ShowsTheDueTime_AndWhatIsLeftOrOverdue(SlaLevel level, double left, int overdueHours, string text)
    {
        using var culture = new CultureScope("zh-CN");
        await using var context = MudTestContext.Create();

        var chip = context.Render<SlaChip>(p => p
            .Add(c => c.DueAtUtc, Due)
            .Add(c => c.Reading, new SlaReading(level, left, TimeSpan.FromHours(overdueHours))));

        Assert.Equal(level.ToString(), chip.Find("[data-sla]").GetAttribute("data-sla"));
        Assert.Contains(text, chip.Markup);
        Assert.Contains("2026/11/30 15:00", chip.Markup);
    }

    [Fact]
    public async Task ADecidedCase_ShowsOnlyTheDueTime()
    {
        using var culture = new CultureScope("en");
        await using var context = MudTestContext.Create();

        var chip = context.Render<SlaChip>(p => p
            .Add(c => c.DueAtUtc, Due)
            .Add(c => c.Reading, new SlaReading(SlaLevel.Breached, 0, TimeSpan.FromHours(3)))
            .Add(c => c.Running, false));

        Assert.Empty(chip.FindAll("[data-sla]"));
        Assert.DoesNotContain("overdue", chip.Markup);
    }
}
