using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>
/// Gathers the <see cref="RiskFacts"/> for an application (decrypting step 4 in memory only, and looking at other
/// organizations' applications through indexed columns) and runs <see cref="RiskChecks"/> over them.
/// </summary>
public sealed class RiskAssessor(IDataProtectionProvider protection, TimeProvider clock)
{
    // What a reviewer needs to follow a lead; more would only be noise on the case page.
    private const int EvidenceLimit = 10;

    // The same purpose as the wizard's step 4, which encrypted the identity.
    private readonly IDataProtector identity = protection.CreateProtector("MerchantPortal.SensitiveData.v1");

    public async Task<IReadOnlyList<RiskFinding>> EvaluateAsync(PortalDbContext db, OnboardingApplication application, ApplicationProfile profile)
    {
        var enterprise = profile.Enterprise!;
        var organizationId = application.OrganizationId;
        var facts = new RiskFacts(
            JsonSerializer.Deserialize<IdentityDetails>(identity.Unprotect(profile.ProtectedIdentity!))!,
            enterprise.LicenseValidTo,
            DateOnly.FromDateTime(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime)),
            await CreditCodeClosedElsewhereAsync(db, organizationId, enterprise.CreditCode),
            await DocumentsUsedElsewhereAsync(db, application),
            await MobileSharedWithAsync(db, organizationId, enterprise.ContactMobile));
        return RiskChecks.Evaluate(facts);
    }

    private static async Task<IReadOnlyList<RiskEvidence>> CreditCodeClosedElsewhereAsync(PortalDbContext db, Guid organizationId, string creditCode)
    {
        var closed = await (
            from p in db.ApplicationProfiles
            where p.Enterprise!.CreditCode == creditCode
            join a in db.Applications on p.ApplicationId equals a.Id
            where a.OrganizationId != organizationId && (a.State == ApplicationState.Rejected || a.State == ApplicationState.Withdrawn)
            join o in db.Organizations on a.OrganizationId equals o.Id
            select new { o.Name, a.State }).Distinct().OrderBy(c => c.Name).ThenBy(c => c.State).Take(EvidenceLimit).ToListAsync();
        return [.. closed.Select(c => new RiskEvidence(c.Name, c.State.ToString()))];
    }

    private static async Task<IReadOnlyList<RiskEvidence>> DocumentsUsedElsewhereAsync(PortalDbContext db, OnboardingApplication application)
    {
        var ours = await db.Documents.Where(d => d.ApplicationId == application.Id).Select(d => new { d.Kind, d.Sha256 }).ToListAsync();
        var hashes = ours.Select(d => d.Sha256).Distinct().ToList();
        var elsewhere = await (
            from d in db.Documents
            where hashes.Contains(d.Sha256)
            join a in db.Applications on d.ApplicationId equals a.Id
            where a.OrganizationId != application.OrganizationId
            join o in db.Organizations on a.OrganizationId equals o.Id
            select new { d.Sha256, o.Name }).Distinct().ToListAsync();
        return [.. elsewhere
            .SelectMany(e => ours.Where(d => d.Sha256 == e.Sha256).Select(d => new RiskEvidence(e.Name, d.Kind.ToString())))
            .Distinct().OrderBy(e => e.Tag, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal).Take(EvidenceLimit)];
    }

    /// <summary>Organizations that share a member with this one are related (one group's companies): only the others count.</summary>
    private static async Task<IReadOnlyList<RiskEvidence>> MobileSharedWithAsync(PortalDbContext db, Guid organizationId, string mobile)
    {
        var ourPeople = db.OrganizationMembers.Where(m => m.OrganizationId == organizationId).Select(m => m.UserId);
        var related = db.OrganizationMembers.Where(m => ourPeople.Contains(m.UserId)).Select(m => m.OrganizationId);
        var names = await (
            from p in db.ApplicationProfiles
            where p.Enterprise!.ContactMobile == mobile
            join a in db.Applications on p.ApplicationId equals a.Id
            where !related.Contains(a.OrganizationId)
            join o in db.Organizations on a.OrganizationId equals o.Id
            select o.Name).Distinct().OrderBy(n => n).Take(EvidenceLimit).ToListAsync();
        return [.. names.Select(n => new RiskEvidence(n))];
    }
}
