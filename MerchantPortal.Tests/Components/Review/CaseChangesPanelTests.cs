using Bunit;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Components.Review;

public class CaseChangesPanelTests
{
    [Fact]
    public async Task Panel_ListsEachChangedFieldBeforeAndAfter_AndEachReplacedDocument()
    {
        using var culture = new CultureScope("zh-CN");
        await using var context = MudTestContext.Create();
        var changes = new ReviewCase.Changes(1,
            [new ReviewCase.FieldChange(ReviewField.RegisteredAddress, "示例路 1 号", "新路 8 号")],
            [DocumentKind.TaxRegistration]);

        var panel = context.Render<CaseChangesPanel>(p => p.Add(c => c.Changes, changes));

        Assert.Contains("自第 1 轮以来的修改", panel.Markup);
        var field = panel.Find("[data-testid=field-change]");
        Assert.Equal("示例路 1 号", field.QuerySelector(".mp-diff-before")!.TextContent);
        Assert.Equal("新路 8 号", field.QuerySelector(".mp-diff-after")!.TextContent);
        Assert.Contains("注册地址", field.TextContent);
        Assert.Contains("税务登记证", panel.Find("[data-testid=document-change]").TextContent);
    }
}
