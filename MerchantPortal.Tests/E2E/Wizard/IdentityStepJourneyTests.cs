using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Wizard;

/// <summary>Step 4 in the browser; steps 1 and 2 are seeded through the wizard's own services.</summary>
[Collection(BrowserCollection.Name)]
public class IdentityStepJourneyTests(BrowserFixture browser)
{
    private static readonly Dictionary<string, Dictionary<string, string>> Text = new()
    {
        ["zh-CN"] = new()
        {
            ["step4"] = "4 · 身份与结算账户", ["agree"] = "同意并继续", ["tickFirst"] = "请先勾选同意。", ["consent"] = "我已阅读上述告知",
            ["name"] = "姓名", ["id"] = "证件号码", ["from"] = "证件有效期起", ["longTerm"] = "长期", ["date"] = "2020/1/1",
            ["badId"] = "身份证号码校验位不正确，请对照身份证核对。", ["addOwner"] = "添加受益所有人", ["ownerName"] = "姓名",
            ["ownerId"] = "身份证号码", ["share"] = "持股比例（%）", ["accountName"] = "开户名称", ["bank"] = "开户银行", ["branch"] = "开户支行",
            ["number"] = "银行账号", ["save"] = "保存并继续", ["documents"] = "上传资料",
        },
        ["en"] = new()
        {
            ["step4"] = "4 · Identity and bank account", ["agree"] = "Agree and continue", ["tickFirst"] = "Tick the consent box first.", ["consent"] = "I have read the notice",
            ["name"] = "Name", ["id"] = "ID number", ["from"] = "ID valid from", ["longTerm"] = "Long-term", ["date"] = "1/1/2020",
            ["badId"] = "This ID number is not valid: its last character does not match. Check it against the ID card.", ["addOwner"] = "Add a beneficial owner",
            ["ownerName"] = "Name", ["ownerId"] = "ID number", ["share"] = "Share (%)", ["accountName"] = "Account name", ["bank"] = "Bank", ["branch"] = "Branch",
            ["number"] = "Account number", ["save"] = "Save and continue", ["documents"] = "Documents",
        },
    };

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Applicant_Consents_FillsIdentity_AndFindsNumbersMaskedWhenReopening(string culture)
    {
        var t = Text[culture];
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.ThroughEnterpriseAsync(browser.Portal, owner);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);
        if (culture == "en")
        {
            await page.Locator("[data-testid=language-switch]").ClickAsync();
            await page.WaitForCircuitAsync();
        }

        await page.GotoAsync("/onboarding");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["step4"] }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["agree"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText(t["tickFirst"])).ToBeVisibleAsync();
        await page.GetByLabel(t["consent"]).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["agree"], Exact = true }).ClickAsync();

        var form = page.Locator("form");
        await form.GetByLabel(t["name"], new() { Exact = true }).First.FillAsync("王建国");
        await form.GetByLabel(t["id"], new() { Exact = true }).First.FillAsync("110105194912310021");
        await Assertions.Expect(page.GetByText(t["badId"])).ToBeVisibleAsync();
        await form.GetByLabel(t["id"], new() { Exact = true }).First.FillAsync("11010519491231002x");
        await form.GetByLabel(t["from"]).FillAsync(t["date"]);
        await page.GetByLabel(t["longTerm"]).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t["addOwner"] }).ClickAsync();
        var ownerRow = page.Locator("[data-testid=beneficial-owner]");
        await ownerRow.GetByLabel(t["ownerName"]).FillAsync("王建国");
        await ownerRow.GetByLabel(t["ownerId"]).FillAsync("11010519491231002X");
        await ownerRow.GetByLabel(t["share"]).FillAsync("60");
        await page.GetByLabel(t["accountName"]).FillAsync("福州示例餐饮管理有限公司");
        await page.GetByLabel(t["bank"], new() { Exact = true }).FillAsync("中国工商银行");
        await page.GetByLabel(t["branch"]).FillAsync("福州鼓楼支行");
        await page.GetByLabel(t["number"]).FillAsync("1402 0212 0910 0012 345");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"wizard-identity-{culture}.png"));
        await page.GetByRole(AriaRole.Button, new() { Name = t["save"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t["documents"], Level = 2 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = t["step4"] }).ClickAsync();
        await Assertions.Expect(form.GetByLabel(t["id"], new() { Exact = true }).First).ToHaveValueAsync("1101**********002X");
        await Assertions.Expect(page.GetByLabel(t["number"])).ToHaveValueAsync("***************2345");
    }
}
