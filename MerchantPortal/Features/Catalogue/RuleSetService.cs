using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Catalogue;

/// <summary>
/// Admins edit the requirement rules as a whole set and publish it as the next version: drafts follow it at once,
/// submitted applications keep the version they were frozen under. A publish based on an older version than the
/// newest is refused, so one admin cannot silently undo another's.
/// </summary>
public sealed class RuleSetService(
    IDbContextFactory<PortalDbContext> dbFactory, AuditTrail audit, PlatformCatalogue catalogue, IValidator<RuleSetInput> validator, TimeProvider clock)
{
    public const string AuditAction = "catalogue.rules";
    public const string AuditSubject = "RequirementRules";

    public async Task<RuleSetInput> CurrentAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await CatalogueGuard.EnsureAdminAsync(db, userId);
        var version = await RequirementsService.CurrentVersionAsync(db);
        var rules = await RequirementsService.RulesOfAsync(db, version);
        return new RuleSetInput
        {
            BasedOnVersion = version,
            Rules = [.. rules.OrderBy(r => r.PlatformCodes.Count > 0).ThenBy(r => string.Join(",", r.PlatformCodes), StringComparer.Ordinal)
                .ThenBy(r => r.Document).Select(RequirementRuleInput.From)],
        };
    }

    /// <returns>The new version's number.</returns>
    public async Task<int> PublishAsync(string userId, RuleSetInput input)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await CatalogueGuard.EnsureAdminAsync(db, userId);
        input.KnownPlatformCodes = [.. (await catalogue.ListAsync()).Select(p => p.Code)];
        await validator.ValidateAndThrowAsync(input);
        var rules = input.Rules.Select(r => r.ToRule()).ToList();
        var published = 0;
        await audit.SaveWithAsync(db, async () =>
        {
            var current = await RequirementsService.CurrentVersionAsync(db);
            if (current != input.BasedOnVersion)
            {
                throw new DomainException(DomainErrors.RulesChangedMeanwhile, current);
            }

            var change = RuleSetChange.Between(await RequirementsService.RulesOfAsync(db, current), rules);
            if (change.IsEmpty)
            {
                throw new DomainException(DomainErrors.RulesUnchanged);
            }

            published = current + 1;
            RequirementsService.Stage(db, published, rules, userId, clock.GetUtcNow().UtcDateTime);
            return new AuditRecord(userId, AuditAction, AuditSubject, published.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new { version = published, basedOn = current, rules = rules.Count, added = change.Added, removed = change.Removed });
        });
        return published;
    }

    /// <summary>Every version, newest first, with who published it and how many rules it holds.</summary>
    public async Task<IReadOnlyList<RuleVersionView>> HistoryAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await CatalogueGuard.EnsureAdminAsync(db, userId);
        var versions = await db.RequirementVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync();
        var counts = await db.RequirementRules.GroupBy(r => r.Version).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var publishers = versions.Select(v => v.PublishedByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => publishers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName != "" ? u.DisplayName : u.Email!);
        return [.. versions.Select(v => new RuleVersionView(v.Version, v.PublishedAtUtc,
            v.PublishedByUserId is null ? null : names.GetValueOrDefault(v.PublishedByUserId, v.PublishedByUserId), counts.GetValueOrDefault(v.Version)))];
    }
}
