using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Platforms;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Requirements;

/// <summary>
/// The documents due for an application. Rules are versioned data: a draft follows the newest version,
/// a submitted application keeps the set frozen at its first submission, and the version it was frozen under.
/// </summary>
public sealed class RequirementsService(IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IPlatformDefinition> platforms, TimeProvider clock)
{
    /// <summary>Version 1: the core rules plus what each platform folder adds; nothing when rules exist already.</summary>
    public async Task SeedDefaultsAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.RequirementRules.AnyAsync())
        {
            await PublishAsync(db, [.. DefaultRequirementRules.Core, .. platforms.SelectMany(p => p.DefaultRequirements)], null);
        }
    }

    /// <summary>Replaces the whole rule set with a new version; older versions stay for the record. Admins publish through the catalogue, audited.</summary>
    public async Task<int> PublishAsync(IEnumerable<RequirementRule> rules, string? publishedByUserId = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await PublishAsync(db, rules, publishedByUserId);
    }

    public async Task<IReadOnlyList<RequirementRule>> CurrentRulesAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await RulesOfAsync(db, await CurrentVersionAsync(db));
    }

    public async Task<IReadOnlyList<DocumentKind>> DueAsync(Guid applicationId) => (await EvaluateAsync(applicationId)).Documents;

    /// <summary>The documents due and the rules' version they come from: the frozen ones once submitted, else the newest rules'.</summary>
    public async Task<DueDocuments> EvaluateAsync(Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var profile = await db.ApplicationProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationId == applicationId);
        if (profile?.SubmittedRequirements is { } frozen)
        {
            return new DueDocuments(profile.RequirementsVersion, frozen);
        }

        // Versions are written whole and never changed, so the newest number and its rows agree.
        var version = await CurrentVersionAsync(db);
        return new DueDocuments(version, RequirementsEngine.Due(await RulesOfAsync(db, version), FactsOf(profile)));
    }

    /// <summary>Freezes the set at the first submission; a resubmission keeps it.</summary>
    public async Task SnapshotAsync(Guid applicationId)
    {
        var due = await EvaluateAsync(applicationId);
        await using var db = await dbFactory.CreateDbContextAsync();
        var profile = await db.ApplicationProfiles.SingleOrDefaultAsync(p => p.ApplicationId == applicationId)
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        profile.SnapshotRequirements(due.Version ?? 0, due.Documents);
        await db.SaveChangesAsync();
    }

    public static async Task<int> CurrentVersionAsync(PortalDbContext db) => await db.RequirementVersions.MaxAsync(v => (int?)v.Version) ?? 0;

    public static async Task<IReadOnlyList<RequirementRule>> RulesOfAsync(PortalDbContext db, int version) =>
        await db.RequirementRules.AsNoTracking().Where(r => r.Version == version).ToListAsync();

    /// <summary>Adds <paramref name="rules"/> as version <paramref name="version"/> to <paramref name="db"/>'s pending changes; the caller saves.</summary>
    public static void Stage(PortalDbContext db, int version, IEnumerable<RequirementRule> rules, string? publishedByUserId, DateTime nowUtc)
    {
        db.RequirementVersions.Add(new RequirementVersion(version, nowUtc, publishedByUserId));
        db.RequirementRules.AddRange(rules.Select(r => r.InVersion(version)));
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

    private async Task<int> PublishAsync(PortalDbContext db, IEnumerable<RequirementRule> rules, string? publishedByUserId)
    {
        var version = await CurrentVersionAsync(db) + 1;
        Stage(db, version, rules, publishedByUserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return version;
    }
}
