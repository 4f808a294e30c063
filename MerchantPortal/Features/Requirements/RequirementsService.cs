using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Platforms;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Requirements;

/// <summary>
/// The documents due for an application. Rules are versioned data: a draft follows the newest version,
/// a submitted application keeps the set frozen at its first submission.
/// </summary>
public sealed class RequirementsService(IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IPlatformDefinition> platforms)
{
    /// <summary>Version 1: the core rules plus what each platform folder adds; nothing when rules exist already.</summary>
    public async Task SeedDefaultsAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.RequirementRules.AnyAsync())
        {
            await PublishAsync(db, [.. DefaultRequirementRules.Core, .. platforms.SelectMany(p => p.DefaultRequirements)]);
        }
    }

    /// <summary>Replaces the whole rule set with a new version; older versions stay for the record.</summary>
    public async Task<int> PublishAsync(IEnumerable<RequirementRule> rules)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await PublishAsync(db, rules);
    }

    public async Task<IReadOnlyList<RequirementRule>> CurrentRulesAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var version = await db.RequirementRules.MaxAsync(r => (int?)r.Version) ?? 0;
        return await db.RequirementRules.AsNoTracking().Where(r => r.Version == version).ToListAsync();
    }

    public async Task<IReadOnlyList<DocumentKind>> DueAsync(Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var profile = await db.ApplicationProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationId == applicationId);
        return profile?.SubmittedRequirements ?? RequirementsEngine.Due(await CurrentRulesAsync(), FactsOf(profile));
    }

    /// <summary>Freezes the set at the first submission; a resubmission keeps it.</summary>
    public async Task SnapshotAsync(Guid applicationId)
    {
        var due = await DueAsync(applicationId);
        await using var db = await dbFactory.CreateDbContextAsync();
        var profile = await db.ApplicationProfiles.SingleOrDefaultAsync(p => p.ApplicationId == applicationId)
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        profile.SnapshotRequirements(due);
        await db.SaveChangesAsync();
    }

    private static RequirementFacts FactsOf(ApplicationProfile? profile) => new(
        profile?.Enterprise?.SubjectType,
        profile?.Enterprise?.Industry,
        profile?.Platforms?.PlatformCodes ?? [],
        profile?.Platforms?.Scenes ?? Scenes.None,
        profile?.Identity?.AccountType,
        // Until step 4 names the legal representative, no authorization letter is asked for.
        profile?.Identity is not { } identity || profile.Enterprise is not { } enterprise
            || string.Equals(identity.LegalRepresentativeName.Trim(), enterprise.ContactName.Trim(), StringComparison.Ordinal));

    private static async Task<int> PublishAsync(PortalDbContext db, IEnumerable<RequirementRule> rules)
    {
        var version = (await db.RequirementRules.MaxAsync(r => (int?)r.Version) ?? 0) + 1;
        db.RequirementRules.AddRange(rules.Select(r => r.InVersion(version)));
        await db.SaveChangesAsync();
        return version;
    }
}
