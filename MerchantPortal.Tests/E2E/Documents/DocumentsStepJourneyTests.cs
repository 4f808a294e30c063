using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Documents;

/// <summary>Step 3 in the browser: steps 1, 2 and 4 are seeded through the wizard's services.</summary>
[Collection(BrowserCollection.Name)]
public class DocumentsStepJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Applicant_UploadsEveryRequiredDocument_SeesPreviews_ReplacesOne_AndSeesTheHistory()
    {
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        var applicationId = await WizardSeed.ThroughEnterpriseAsync(browser.Portal, owner);
        await WizardSeed.IdentityAsync(browser.Portal, owner, applicationId);
        var files = Directory.CreateTempSubdirectory("mp-upload-").FullName;
        var pdf = Path.Combine(files, "营业执照.pdf");
        var photo = Path.Combine(files, "photo.jpg");
        var fake = Path.Combine(files, "fake.png");
        await File.WriteAllBytesAsync(pdf, DocumentCorpus.Pdf());
        await File.WriteAllBytesAsync(photo, DocumentCorpus.JpegWithExif());
        await File.WriteAllBytesAsync(fake, DocumentCorpus.HtmlRenamed());
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);
        await page.GotoAsync("/onboarding?step=3");
        await page.WaitForCircuitAsync();

        // A slow line makes the progress bar visible, as it is for a person on a phone.
        var large = Path.Combine(files, "tax.pdf");
        await File.WriteAllBytesAsync(large, DocumentCorpus.LargePdf(600));
        var network = await page.Context.NewCDPSessionAsync(page);
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 20, ["downloadThroughput"] = -1, ["uploadThroughput"] = 200 * 1024,
        });
        await page.Locator("[data-testid=upload-TaxRegistration]").SetInputFilesAsync(large);
        await Assertions.Expect(page.Locator("[data-testid=upload-progress]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=requirement-TaxRegistration] [data-testid=document-status]")).ToHaveTextAsync("已上传", new() { Timeout = 20_000 });
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
        });

        await page.Locator("[data-testid=upload-StorefrontPhoto]").SetInputFilesAsync(fake);
        await Assertions.Expect(page.GetByText("只能上传 PDF、JPEG 或 PNG 文件")).ToBeVisibleAsync();

        DocumentKind[] due = [DocumentKind.BusinessLicense, DocumentKind.TaxRegistration, DocumentKind.LegalRepresentativeIdFront,
            DocumentKind.LegalRepresentativeIdBack, DocumentKind.BankAccountProof, DocumentKind.StorefrontPhoto, DocumentKind.InteriorPhoto];
        Assert.Equal(due.Length, await page.Locator("[data-testid^=requirement-]").CountAsync());
        foreach (var kind in due)
        {
            var card = page.Locator($"[data-testid=requirement-{kind}]");
            await card.Locator($"[data-testid=upload-{kind}]").SetInputFilesAsync(kind.ToString().Contains("Photo") || kind.ToString().Contains("Id") ? photo : pdf);
            await Assertions.Expect(card.Locator("[data-testid=document-status]")).ToHaveTextAsync("已上传");
            await Assertions.Expect(card.Locator("[data-testid=document-preview]")).ToBeVisibleAsync();
        }

        var license = page.Locator("[data-testid=requirement-BusinessLicense]");
        await license.Locator("[data-testid=upload-BusinessLicense]").SetInputFilesAsync(photo);
        await Assertions.Expect(license.Locator("[data-testid=document-history] li")).ToHaveCountAsync(2);
        await Assertions.Expect(license.Locator("[data-testid=document-preview] img")).ToBeVisibleAsync();
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "wizard-documents-zh-CN.png"));

        // Step 4 was saved before the documents, so completing step 3 brings the application to "ready to submit".
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并继续", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=application-state]")).ToHaveTextAsync("待提交");
    }
}
