using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Reports;

/// <summary>Someone handed a dossier opens its QR link without an account, and checks the PDF they got and a doctored one.</summary>
[Collection(BrowserCollection.Name)]
public class DossierVerificationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVisitor_SeesTheDossierIsGenuine_AndOnlyTheOriginalPdfMatches()
    {
        var portal = browser.Portal;
        var approved = await DossierSeed.ApprovedAsync(portal);
        byte[] pdf;
        using (new CultureScope("zh-CN"))
        {
            pdf = (await DossierSeed.IssueAsync(portal, approved)).Pdf;
        }

        await using var db = await portal.CreateDbContextAsync();
        var issued = await db.IssuedDossiers.SingleAsync(d => d.ApplicationId == approved.ApplicationId);
        var folder = Directory.CreateTempSubdirectory("dossier-e2e-").FullName;
        var original = Path.Combine(folder, "dossier.pdf");
        var doctored = Path.Combine(folder, "dossier-edited.pdf");
        await File.WriteAllBytesAsync(original, pdf);
        await File.WriteAllBytesAsync(doctored, [.. pdf, .. "%edited\n"u8.ToArray()]);
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/verify/dossier/{issued.Id}?h={issued.Hmac}");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=dossier-genuine]")).ToContainTextAsync(approved.Owner.OrganizationName!);
        await page.Locator("[data-testid=dossier-compare-file]").SetInputFilesAsync(original);
        await Assertions.Expect(page.Locator("[data-testid=dossier-match]")).ToBeVisibleAsync();
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "dossier-verification-zh-CN.png"));
        await page.Locator("[data-testid=dossier-compare-file]").SetInputFilesAsync(doctored);
        await Assertions.Expect(page.Locator("[data-testid=dossier-mismatch]")).ToBeVisibleAsync();

        await page.GotoAsync($"/verify/dossier/{issued.Id}?h={issued.Hmac[1..]}x");
        await Assertions.Expect(page.Locator("[data-testid=dossier-not-genuine]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=dossier-compare-file]")).ToHaveCountAsync(0);
    }
}
