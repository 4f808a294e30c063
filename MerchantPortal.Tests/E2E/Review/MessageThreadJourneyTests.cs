using MerchantPortal.Domain.Accounts;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Review;

/// <summary>
/// The queue picks up a new submission by itself, and a reviewer and an applicant talk in the case's
/// thread (with an attachment) without either reloading. Submissions are seeded through the services.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MessageThreadJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Queue_ShowsANewSubmissionLive_AndReviewerAndApplicantTalkInTheThread()
    {
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await browser.Portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var applicationId = await WizardSeed.SubmittedAsync(browser.Portal, owner);

        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(reviewer);
        await staff.GotoAsync("/review");
        await staff.WaitForCircuitAsync();
        var rows = staff.Locator("[data-testid=review-queue] tbody tr");
        string creditCode;
        await using (var db = await browser.Portal.CreateDbContextAsync())
        {
            creditCode = (await db.Applications.SingleAsync(a => a.Id == applicationId)).Listing!.CreditCode;
        }

        // Counted once the table has loaded (its own case is in it), then one more submission arrives.
        await Assertions.Expect(rows.Filter(new() { HasText = creditCode })).ToHaveCountAsync(1);
        var before = await rows.CountAsync();
        await WizardSeed.SubmittedAsync(browser.Portal, await browser.Portal.CreateAccountAsync(PortalRoles.Applicant));
        await Assertions.Expect(rows).ToHaveCountAsync(before + 1);

        await staff.GotoAsync($"/review/cases/{applicationId}");
        await staff.WaitForCircuitAsync();
        var thread = staff.Locator("[data-testid=case-messages]");
        await thread.Locator("textarea[data-testid=message-body]").FillAsync("请问门头照是什么时候拍摄的？附上拍摄要求。");
        var guide = Path.Combine(Directory.CreateTempSubdirectory().FullName, "拍摄要求.pdf");
        await File.WriteAllBytesAsync(guide, DocumentCorpus.Pdf());
        await thread.Locator("input[type=file]").SetInputFilesAsync(guide);
        await thread.Locator("[data-testid=send-message]").ClickAsync();
        await Assertions.Expect(thread.Locator("[data-testid=message]")).ToHaveCountAsync(1);

        var applicant = await browser.NewPageAsync();
        await applicant.SignInAsync(owner);
        var mine = applicant.Locator("[data-testid=case-messages]");
        var received = mine.Locator("[data-testid=message]").First;
        await Assertions.Expect(received).ToContainTextAsync("请问门头照是什么时候拍摄的？");
        await Assertions.Expect(received).ToContainTextAsync(ZhReviewTeam());
        var link = received.GetByRole(AriaRole.Link, new() { Name = "拍摄要求.pdf" });
        var download = await applicant.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(("application/pdf", 200), (download.Headers["content-type"], download.Status));

        await mine.Locator("textarea[data-testid=message-body]").FillAsync("上周五拍摄的，营业时间内。");
        await mine.Locator("[data-testid=send-message]").ClickAsync();
        await Assertions.Expect(thread.Locator("[data-testid=message]")).ToHaveCountAsync(2);
        await Assertions.Expect(thread.Locator("[data-testid=message]").Nth(1)).ToContainTextAsync("上周五拍摄的");
        await applicant.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "review-messages-applicant-zh-CN.png"));
    }

    private static string ZhReviewTeam()
    {
        using var _ = new CultureScope("zh-CN");
        return ReviewText.ReviewTeam;
    }
}
