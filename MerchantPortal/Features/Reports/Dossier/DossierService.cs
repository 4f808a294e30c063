using System.Globalization;
using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Dossiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// Issues an onboarding dossier for staff: assembles the approved application's record, signs its canonical
/// content, renders the PDF in the reader's language with a QR code to the verification page, and records the
/// issue (HMAC, the PDF's SHA-256) with its audit entry in one save.
/// </summary>
public sealed class DossierService(IDbContextFactory<PortalDbContext> dbFactory, DossierRenderer renderer, DossierKey key, AuditTrail audit,
    PlatformCatalogue catalogue, SettingsStore settings, TimeProvider clock)
{
    /// <summary>States whose data is "as approved": the approval stands, or stood before a suspension.</summary>
    public static readonly IReadOnlySet<ApplicationState> Issuable = new HashSet<ApplicationState> { ApplicationState.Approved, ApplicationState.Suspended };

    /// <summary>Null when the case is not the caller's to see (not staff, unknown, or their own organization's): the endpoint answers 404.</summary>
    public async Task<IssuedDossierFile?> IssueAsync(string userId, Guid applicationId, string portalBaseUrl)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await StaffGuard.IsStaffAsync(db, userId))
        {
            return null;
        }

        var application = await db.Applications.AsNoTracking().Include(a => a.History).SingleOrDefaultAsync(a => a.Id == applicationId && a.Listing != null);
        if (application is null || await WizardStepWriter.IsMemberAsync(db, userId, application.OrganizationId))
        {
            return null;
        }

        if (!Issuable.Contains(application.State))
        {
            throw new DomainException(DomainErrors.DossierNeedsApproval);
        }

        var organization = await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var content = await DossierAssembler.AssembleAsync(db, application, organization, Guid.NewGuid(), now, userId);
        var hmac = key.Sign(DossierCanonicalForm.Bytes(content));
        var pdf = renderer.Render(content, await NamesAsync(), DossierVerificationPage.UrlFor(portalBaseUrl, content.DossierId, hmac));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var culture = CultureInfo.CurrentUICulture.Name;
        db.IssuedDossiers.Add(new IssuedDossier(content.DossierId, application.Id, application.OrganizationId, organization, userId, now, hmac, sha256, culture));
        await audit.SaveWithAsync(db, new AuditRecord(userId, "report.dossier", "Application", application.Id.ToString(),
            new { dossier = content.DossierId, pdfSha256 = sha256, culture }));
        return new IssuedDossierFile(content.DossierId, $"dossier-{content.Enterprise.CreditCode}-{ChinaTime.FromUtc(now):yyyyMMdd-HHmmss}.pdf", pdf);
    }

    private async Task<DossierNames> NamesAsync()
    {
        return new DossierNames(await catalogue.NamesAsync(), ReviewSettings.ReasonTexts(await settings.GetAsync(ReviewSettings.RejectionReasons)));
    }
}
