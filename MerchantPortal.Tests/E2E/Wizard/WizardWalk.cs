using System.Globalization;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Wizard;

/// <summary>
/// The whole wizard as an applicant walks it, for an enterprise choosing Alipay and WeChat Pay: platforms,
/// enterprise (with a reload in the middle), identity, documents, the micro-deposit read from the sandbox
/// statement, submit. Labels are the portal's own resources in the walk's language; each step is screenshotted.
/// </summary>
public static class WizardWalk
{
    /// <param name="shot">Saves a screenshot of a page under a name.</param>
    public static async Task SubmitAsync(IPage page, Guid applicationId, string culture, Func<IPage, string, Task> shot)
    {
        string T(Func<string> text) { using var _ = new CultureScope(culture); return text(); }
        var save = page.GetByRole(AriaRole.Button, new() { Name = T(() => WizardText.SaveAndContinue), Exact = true });
        await page.GotoAsync("/onboarding");
        await page.WaitForCircuitAsync();
        await page.Locator("input[data-testid=platform-alipay], [data-testid=platform-alipay] input").CheckAsync();
        await page.Locator("input[data-testid=platform-wechatpay], [data-testid=platform-wechatpay] input").CheckAsync();
        await page.GetByLabel(T(() => EnumText(Scenes.InStore))).CheckAsync();
        await shot(page, "platforms");
        await save.ClickAsync();

        await page.GetByLabel(T(() => WizardText.SubjectType)).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = T(() => EnumText(SubjectType.Enterprise)), Exact = true }).ClickAsync();
        await page.GetByLabel(T(() => WizardText.Industry)).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = T(() => EnumText(Industry.Retail)), Exact = true }).ClickAsync();
        await page.GetByLabel(T(() => WizardText.LegalName)).FillAsync("福州示例餐饮管理有限公司");
        await page.GetByLabel(T(() => WizardText.CreditCode)).FillAsync(CreditCodes.Next().ToLowerInvariant());
        await page.GetByLabel(T(() => WizardText.RegisteredAddress)).FillAsync("福建省福州市鼓楼区示例路 1 号");
        // A reload in the middle of the step resumes at the same step with everything typed.
        await page.WaitForTimeoutAsync(1200);
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByLabel(T(() => WizardText.LegalName))).ToHaveValueAsync("福州示例餐饮管理有限公司");
        await page.GetByLabel(T(() => WizardText.LicenseValidFrom)).FillAsync(culture == "en" ? "3/1/2015" : "2015/3/1");
        await page.GetByLabel(T(() => WizardText.LicenseLongTerm)).CheckAsync();
        await page.GetByLabel(T(() => WizardText.ContactName), new() { Exact = true }).FillAsync("林芳");
        await page.GetByLabel(T(() => WizardText.ContactMobile)).FillAsync("13800138000");
        await page.GetByLabel(T(() => WizardText.ContactEmail)).FillAsync("lin@example.test");
        await shot(page, "enterprise");
        await save.ClickAsync();

        // Step 3 opens next; step 4 is filled first here, then the documents.
        await page.GotoAsync("/onboarding?step=4");
        await page.WaitForCircuitAsync();
        await page.GetByLabel(T(() => WizardText.ConsentCheckbox)).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = T(() => WizardText.ConsentAgree), Exact = true }).ClickAsync();
        var form = page.Locator("form");
        await form.GetByLabel(T(() => WizardText.LegalRepName), new() { Exact = true }).First.FillAsync("林芳");
        await form.GetByLabel(T(() => WizardText.IdNumber), new() { Exact = true }).First.FillAsync("11010519491231002x");
        await form.GetByLabel(T(() => WizardText.IdValidFrom)).FillAsync(culture == "en" ? "1/1/2020" : "2020/1/1");
        await form.GetByLabel(T(() => WizardText.LicenseLongTerm)).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = T(() => WizardText.AddOwner) }).ClickAsync();
        var ownerRow = page.Locator("[data-testid=beneficial-owner]");
        await ownerRow.GetByLabel(T(() => WizardText.OwnerName)).FillAsync("林芳");
        await ownerRow.GetByLabel(T(() => WizardText.OwnerIdNumber)).FillAsync("11010519491231002X");
        await ownerRow.GetByLabel(T(() => WizardText.OwnerShare)).FillAsync("100");
        await page.GetByLabel(T(() => WizardText.AccountName)).FillAsync("福州示例餐饮管理有限公司");
        await page.GetByLabel(T(() => WizardText.BankName), new() { Exact = true }).FillAsync("中国工商银行");
        await page.GetByLabel(T(() => WizardText.BankBranch)).FillAsync("福州鼓楼支行");
        await page.GetByLabel(T(() => WizardText.AccountNumber)).FillAsync("1402021209100012345");
        await shot(page, "identity");
        await save.ClickAsync();

        var files = Directory.CreateTempSubdirectory("mp-walk-").FullName;
        var pdf = Path.Combine(files, "document.pdf");
        var photo = Path.Combine(files, "photo.jpg");
        await File.WriteAllBytesAsync(pdf, DocumentCorpus.UniquePdf());
        await File.WriteAllBytesAsync(photo, DocumentCorpus.UniqueJpeg());
        var uploads = page.Locator("input[type=file][data-testid^=upload-]");
        await Assertions.Expect(uploads.First).ToBeAttachedAsync();
        foreach (var kind in await uploads.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid.substring(7))"))
        {
            var card = page.Locator($"[data-testid=requirement-{kind}]");
            await card.Locator("input[type=file]").SetInputFilesAsync(kind.Contains("Photo") || kind.Contains("Id") ? photo : pdf);
            await Assertions.Expect(card.Locator("[data-testid=document-preview]")).ToBeVisibleAsync();
        }

        await shot(page, "documents");
        await save.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=application-state]")).ToHaveTextAsync(T(() => EnumText(ApplicationState.ReadyToSubmit)));

        await page.GotoAsync("/onboarding?step=4");
        await page.WaitForCircuitAsync();
        var panel = page.Locator("[data-testid=bank-verification]");
        await panel.GetByRole(AriaRole.Button, new() { Name = T(() => BankText.Request) }).ClickAsync();
        await Assertions.Expect(panel.GetByText(T(() => BankText.Sent))).ToBeVisibleAsync();
        var bank = await page.Context.NewPageAsync();
        await bank.GotoAsync($"/sandbox/bank?application={applicationId}");
        var amount = decimal.Parse((await bank.Locator("[data-testid=statement-amount]").First.TextContentAsync())!.Trim().TrimStart('¥'), CultureInfo.InvariantCulture);
        await shot(bank, "sandbox-statement");
        await panel.GetByLabel(T(() => BankText.Amount)).FillAsync(amount.ToString("0.00", CultureInfo.InvariantCulture));
        await panel.GetByRole(AriaRole.Button, new() { Name = T(() => BankText.Confirm) }).ClickAsync();
        await Assertions.Expect(panel.GetByText(T(() => BankText.Verified)).First).ToBeVisibleAsync();
        await shot(page, "verified");

        await page.GotoAsync("/onboarding?step=5");
        await page.WaitForCircuitAsync();
        await page.GetByLabel(T(() => WizardText.Declaration)).CheckAsync();
        await shot(page, "submit");
        await page.GetByRole(AriaRole.Button, new() { Name = T(() => WizardText.SubmitButton), Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=application-state]")).ToHaveTextAsync(T(() => EnumText(ApplicationState.Submitted)));
        await shot(page, "submitted");
    }

    private static string EnumText(Enum value) => Infrastructure.Localization.EnumText.Of(value);
}
