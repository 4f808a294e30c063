using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Wizard;

[Collection(BrowserCollection.Name)]
public class WizardJourneyTests(BrowserFixture browser)
{
    private static readonly Dictionary<string, Dictionary<string, string>> Text = new()
    {
        ["zh-CN"] = new()
        {
            ["save"] = "保存并继续", ["code"] = "统一社会信用代码", ["name"] = "企业名称", ["address"] = "注册地址",
            ["from"] = "营业期限起", ["longTerm"] = "长期", ["contact"] = "联系人", ["mobile"] = "联系人手机", ["email"] = "联系人邮箱",
            ["badCode"] = "统一社会信用代码校验位不正确，请对照营业执照核对。", ["subject"] = "主体类型", ["enterprise"] = "企业",
            ["industry"] = "经营行业", ["catering"] = "餐饮", ["inStore"] = "线下门店", ["date"] = "2015/3/1", ["documents"] = "上传资料",
            ["step1"] = "1 · 选择平台", ["choosePlatform"] = "请至少选择一个支付平台。",
        },
        ["en"] = new()
        {
            ["save"] = "Save and continue", ["code"] = "Unified social credit code", ["name"] = "Legal name", ["address"] = "Registered address",
            ["from"] = "License valid from", ["longTerm"] = "Long-term", ["contact"] = "Contact person", ["mobile"] = "Contact mobile", ["email"] = "Contact email",
            ["badCode"] = "This code is not valid: its last character does not match. Check it against the license.", ["subject"] = "Subject type",
            ["enterprise"] = "Enterprise", ["industry"] = "Industry", ["catering"] = "Catering", ["inStore"] = "In-store", ["date"] = "3/1/2015",
            ["documents"] = "Documents", ["step1"] = "1 · Platforms", ["choosePlatform"] = "Choose at least one payment platform.",
        },
    };

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Applicant_FillsPlatformsAndEnterprise_ReloadsMidStep_AndEditsACompletedStep(string culture)
    {
        var t = Text[culture];
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        await browser.Portal.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);
        if (culture == "en")
        {
            await page.Locator("[data-testid=language-switch]").ClickAsync();
            await page.WaitForCircuitAsync();
        }

        await page.GotoAsync("/onboarding");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["save"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText(t["choosePlatform"])).ToBeVisibleAsync();
        await Platform(page, "alipay").CheckAsync();
        await page.GetByLabel(t["inStore"]).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["save"], Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel(t["code"])).ToBeVisibleAsync();
        await page.GetByLabel(t["subject"]).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = t["enterprise"], Exact = true }).ClickAsync();
        await page.GetByLabel(t["industry"]).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = t["catering"], Exact = true }).ClickAsync();
        await page.GetByLabel(t["name"]).FillAsync("福州示例餐饮管理有限公司");
        await page.GetByLabel(t["code"]).FillAsync("91350100M000100Y44");
        await page.GetByLabel(t["address"]).FillAsync("福建省福州市鼓楼区示例路 1 号");
        await page.GetByLabel(t["code"]).BlurAsync();
        await Assertions.Expect(page.GetByText(t["badCode"])).ToBeVisibleAsync();

        // Leave in the middle of the step: everything typed is there after a reload.
        await page.WaitForTimeoutAsync(1500);
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByLabel(t["name"])).ToHaveValueAsync("福州示例餐饮管理有限公司");
        await Assertions.Expect(page.GetByLabel(t["code"])).ToHaveValueAsync("91350100M000100Y44");

        await page.GetByLabel(t["code"]).FillAsync("９１３５０１００Ｍ０００１００Ｙ４３");
        await page.GetByLabel(t["from"]).FillAsync(t["date"]);
        await page.GetByLabel(t["longTerm"]).CheckAsync();
        await page.GetByLabel(t["contact"], new() { Exact = true }).FillAsync("林芳");
        await page.GetByLabel(t["mobile"]).FillAsync("+86 138 0013 8000");
        await page.GetByLabel(t["email"]).FillAsync("lin@example.test");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"wizard-enterprise-{culture}.png"));
        await page.GetByRole(AriaRole.Button, new() { Name = t["save"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t["documents"], Level = 2 })).ToBeVisibleAsync();

        // A completed step can be reopened and changed until submission.
        await page.GetByRole(AriaRole.Button, new() { Name = t["step1"] }).ClickAsync();
        await Platform(page, "wechatpay").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["save"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t["documents"], Level = 2 })).ToBeVisibleAsync();
        await page.GotoAsync("/onboarding?step=1");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(Platform(page, "wechatpay")).ToBeCheckedAsync();
    }

    private static ILocator Platform(IPage page, string code) =>
        page.Locator($"input[data-testid=platform-{code}], [data-testid=platform-{code}] input");
}
