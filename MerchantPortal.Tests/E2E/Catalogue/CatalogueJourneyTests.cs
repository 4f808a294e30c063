using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Catalogue;

[Collection(BrowserCollection.Name)]
public class CatalogueJourneyTests(BrowserFixture browser)
{
    private const string FeeZh = "费率 0.2% 起（演示）";
    private const string FeeEn = "From 0.2% (demo)";

    [Fact]
    public async Task Admin_EditsWeChatPaysFeeTextInBothLanguages_AndAnApplicantSeesItInTheWizardsComparison()
    {
        var admin = await browser.Portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var original = await browser.Portal.WithServicesAsync(async sp =>
            PlatformInput.From((await sp.GetRequiredService<CatalogueService>().ListAsync(admin.Id)).Single(p => p.Code == "wechatpay")));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(admin);

        await page.GetByRole(AriaRole.Link, new() { Name = "平台目录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/catalogue");
        await page.WaitForCircuitAsync();
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "编辑 微信支付", Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("费率说明（中文）").FillAsync("");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("请填写费率说明（中文）。")).ToBeVisibleAsync();
            await dialog.GetByLabel("费率说明（中文）").FillAsync(FeeZh);
            await dialog.GetByLabel("费率说明（英文）").FillAsync(FeeEn);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("已保存微信支付。")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("catalogue-preview").GetByText(FeeZh)).ToBeVisibleAsync();
            await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-catalogue-zh-CN.png"));

            var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
            await browser.Portal.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value));
            var applicant = await browser.NewPageAsync();
            await applicant.SignInAsync(owner);
            await applicant.GotoAsync("/onboarding");
            await applicant.WaitForCircuitAsync();
            await Assertions.Expect(applicant.GetByRole(AriaRole.Cell, new() { Name = FeeZh, Exact = true })).ToBeVisibleAsync();
            await applicant.Locator("[data-testid=language-switch]").ClickAsync();
            await applicant.WaitForCircuitAsync();
            await applicant.GotoAsync("/onboarding");
            await applicant.WaitForCircuitAsync();
            await Assertions.Expect(applicant.GetByRole(AriaRole.Cell, new() { Name = FeeEn, Exact = true })).ToBeVisibleAsync();
        }
        finally
        {
            // The browser tests share one portal: the others expect the seeded comparison.
            await browser.Portal.WithServicesAsync(async sp =>
            {
                await sp.GetRequiredService<CatalogueService>().UpdateAsync(admin.Id, original);
                return true;
            });
        }
    }

    [Fact]
    public async Task Admin_AddsADocumentRuleForWeChatPay_SeesItAsUnpublished_ThenDiscardsIt()
    {
        var admin = await browser.Portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(admin);
        await page.GotoAsync("/admin/catalogue");
        await page.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "材料规则", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "平台", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "微信支付", Exact = true }).ClickAsync();
        var rules = page.GetByTestId("rules");
        await Assertions.Expect(rules.Locator("tbody tr")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "新增规则", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("请选择规则要求的材料。")).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "材料", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "门头照", Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();

        await Assertions.Expect(rules.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("rules-unpublished")).ToBeVisibleAsync();
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-catalogue-rules-zh-CN.png"));
        // Not published: the browser tests share one portal, and the wizard journeys expect the seeded rules.
        await page.GetByRole(AriaRole.Button, new() { Name = "放弃修改", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rules-unpublished")).ToHaveCountAsync(0);
        await Assertions.Expect(rules.Locator("tbody tr")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Tab, new() { Name = "版本历史", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-versions").GetByText("系统默认")).ToBeVisibleAsync();
    }
}
