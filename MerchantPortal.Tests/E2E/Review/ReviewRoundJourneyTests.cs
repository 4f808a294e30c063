using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static MerchantPortal.Infrastructure.Localization.EnumText;

namespace MerchantPortal.Tests.E2E.Review;

/// <summary>
/// One review round in two browsers: the reviewer rejects the tax document and sends the case back, the
/// applicant fixes exactly that and resubmits, the reviewer sees the change and approves. The wizard is seeded.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReviewRoundJourneyTests(BrowserFixture browser)
{
    private static string Zh(Func<string> text)
    {
        using var _ = new CultureScope("zh-CN");
        return text();
    }

    private static Task Shot(IPage page, string name) => page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"review-{name}.png"));

    [Fact]
    public async Task Reviewer_RejectsTheTaxDocument_ApplicantFixesIt_ReviewerApproves()
    {
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await browser.Portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var applicationId = await WizardSeed.SubmittedAsync(browser.Portal, owner);
        // Another organization's case in the queue, so the search has something to leave out.
        await WizardSeed.SubmittedAsync(browser.Portal, await browser.Portal.CreateAccountAsync(PortalRoles.Applicant));
        string creditCode;
        await using (var db = await browser.Portal.CreateDbContextAsync())
        {
            creditCode = (await db.Applications.SingleAsync(a => a.Id == applicationId)).Listing!.CreditCode;
        }

        // The reviewer finds the case in the queue and claims it.
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(reviewer);
        await staff.GotoAsync("/review");
        await staff.WaitForCircuitAsync();
        var rows = staff.Locator("[data-testid=review-queue] tbody tr");
        await Assertions.Expect(rows.Nth(1)).ToBeVisibleAsync();
        await staff.GetByLabel(Zh(() => ReviewText.FilterSearch)).FillAsync(creditCode);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var row = rows.Filter(new() { HasText = creditCode });
        await Assertions.Expect(row.Locator("[data-sla]")).ToHaveAttributeAsync("data-sla", "OnTrack");
        await Shot(staff, "queue-zh-CN");
        await row.Locator("[data-testid=claim]").ClickAsync();
        await staff.WaitForURLAsync($"**/review/cases/{applicationId}");
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync(Zh(() => Of(ApplicationState.InReview)));

        // Rejects the tax document with a reason, a message and an internal note, then sends the case back.
        var tax = staff.Locator("[data-testid=case-document-TaxRegistration]");
        await tax.Locator("[data-testid=reject-reason]").ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { Name = "图片模糊或不完整，无法辨认" }).ClickAsync();
        await tax.Locator("textarea[data-testid=reject-message]").FillAsync("请上传清晰的税务登记证扫描件");
        await tax.Locator("textarea[data-testid=internal-note-input]").FillAsync("内部：疑似翻拍");
        await tax.Locator("[data-testid=reject-document]").ClickAsync();
        await Assertions.Expect(tax.Locator("[data-testid=document-status]")).ToHaveTextAsync(Zh(() => Of(DocumentStatus.Rejected)));
        await Assertions.Expect(tax.Locator("[data-testid=internal-note]")).ToContainTextAsync("疑似翻拍");
        await staff.Locator("textarea[data-testid=changes-message]").FillAsync("税务登记证不清晰，请重新上传。");
        await Shot(staff, "case-zh-CN");
        await staff.Locator("[data-testid=request-changes]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync(Zh(() => Of(ApplicationState.ChangesRequested)));

        // The applicant sees exactly what to fix and why — never the internal note — and can change only that.
        var applicant = await browser.NewPageAsync();
        await applicant.SignInAsync(owner);
        await applicant.Locator("[data-testid=fix-changes]").ClickAsync();
        var notice = applicant.Locator("[data-testid=change-request]");
        await Assertions.Expect(notice).ToContainTextAsync("税务登记证不清晰，请重新上传。");
        await Assertions.Expect(notice).ToContainTextAsync("图片模糊或不完整，无法辨认");
        await Assertions.Expect(notice).ToContainTextAsync("请上传清晰的税务登记证扫描件");
        await Shot(applicant, "changes-requested-zh-CN");
        await notice.GetByRole(AriaRole.Link, new() { Name = Zh(() => Of(Domain.Requirements.DocumentKind.TaxRegistration)) }).ClickAsync();
        await applicant.WaitForCircuitAsync();
        await Assertions.Expect(applicant.Locator("[data-testid=upload-BusinessLicense]")).ToHaveCountAsync(0);
        var files = Directory.CreateTempSubdirectory().FullName;
        var pdf = Path.Combine(files, "tax-clear.pdf");
        await File.WriteAllBytesAsync(pdf, DocumentCorpus.UniquePdf());
        await applicant.Locator("[data-testid=upload-TaxRegistration]").SetInputFilesAsync(pdf);
        await Assertions.Expect(applicant.Locator("[data-testid=requirement-TaxRegistration] [data-testid=document-status]")).ToHaveTextAsync(Zh(() => Of(DocumentStatus.Uploaded)));
        Assert.DoesNotContain("疑似翻拍", await applicant.ContentAsync());
        await applicant.GotoAsync("/onboarding?step=5");
        await applicant.WaitForCircuitAsync();
        await applicant.GetByLabel(Zh(() => WizardText.Declaration)).CheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = Zh(() => WizardText.ResubmitButton) }).ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-testid=application-state]").First).ToHaveTextAsync(Zh(() => Of(ApplicationState.Submitted)));
        await applicant.GotoAsync("/");
        await applicant.WaitForCircuitAsync();

        // The reviewer's open case refreshes by itself; after claiming it again it shows what changed.
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync(Zh(() => Of(ApplicationState.Submitted)));
        await staff.Locator("[data-testid=case-header] [data-testid=claim]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync(Zh(() => Of(ApplicationState.InReview)));
        await Assertions.Expect(staff.Locator("[data-testid=changes-since] [data-testid=document-change]")).ToContainTextAsync(Zh(() => Of(Domain.Requirements.DocumentKind.TaxRegistration)));
        // Documents already approved in round 1 stay approved; the rest wait for a decision, one by one.
        var undecided = staff.Locator("[data-testid=approve-document]");
        for (var left = await undecided.CountAsync(); left > 0; left--)
        {
            await undecided.First.ClickAsync();
            await Assertions.Expect(undecided).ToHaveCountAsync(left - 1);
        }

        await Assertions.Expect(staff.Locator("[data-testid=approve-application]")).ToBeEnabledAsync();
        await staff.Locator("[data-testid=approve-application]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync(Zh(() => Of(ApplicationState.Approved)));

        // The applicant's open home page shows the decision without a reload.
        await Assertions.Expect(applicant.Locator("[data-testid=application-state]").First).ToHaveTextAsync(Zh(() => Of(ApplicationState.Approved)));
        await Shot(applicant, "approved-zh-CN");

        // The same pages in English.
        await staff.Locator("[data-testid=language-switch]").ClickAsync();
        await staff.WaitForCircuitAsync();
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync("Approved");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "review-case-en.png") });
        await staff.GotoAsync("/review");
        await staff.WaitForCircuitAsync();
        await Shot(staff, "queue-en");
    }
}
