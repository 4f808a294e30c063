using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Organizations;

/// <summary>
/// Organizations as their members see them. Every read is filtered by membership: a caller who is
/// not a member gets <c>null</c>, which pages turn into a 404, so another organization's existence is not revealed.
/// Every change of membership is audited (by user ids) in the same save as the change.
/// </summary>
public sealed class OrganizationService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, AuditTrail audit)
{
    public const string AuditSubject = "Organization";

    public async Task<Organization> CreateAsync(string ownerUserId, string name, bool isDemo = false)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = Organization.Create(name, ownerUserId, clock.GetUtcNow().UtcDateTime, isDemo);
        db.Organizations.Add(organization);
        var user = await db.Users.SingleAsync(u => u.Id == ownerUserId);
        user.CurrentOrganizationId = organization.Id;
        await audit.SaveWithAsync(db, new AuditRecord(ownerUserId, "organization.create", AuditSubject, organization.Id.ToString(),
            new { owner = ownerUserId, demo = isDemo }));
        return organization;
    }

    public async Task<IReadOnlyList<OrganizationSummary>> ListForUserAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await (
            from m in db.OrganizationMembers
            join o in db.Organizations.IgnoreAutoIncludes() on m.OrganizationId equals o.Id
            where m.UserId == userId
            orderby o.Name
            select new OrganizationSummary(o.Id, o.Name, m.Role, o.CreatedAtUtc)).ToListAsync();
    }

    /// <summary>The organization the user last switched to, or their first one if that membership has ended.</summary>
    public async Task<OrganizationSummary?> GetCurrentAsync(string userId)
    {
        var organizations = await ListForUserAsync(userId);
        await using var db = await dbFactory.CreateDbContextAsync();
        var currentId = await db.Users.Where(u => u.Id == userId).Select(u => u.CurrentOrganizationId).SingleOrDefaultAsync();
        return organizations.FirstOrDefault(o => o.Id == currentId) ?? organizations.FirstOrDefault();
    }

    public async Task SwitchAsync(string userId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.OrganizationMembers.AnyAsync(m => m.UserId == userId && m.OrganizationId == organizationId))
        {
            throw new DomainException(DomainErrors.NotAMember);
        }

        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CurrentOrganizationId, organizationId));
    }

    public async Task<OrganizationMembers?> GetMembersAsync(string viewerUserId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId);
        if (organization is null || !organization.IsMember(viewerUserId))
        {
            return null;
        }

        var members = await db.OrganizationMembers
            .Where(m => m.OrganizationId == organizationId)
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedAtUtc)
            .Join(db.Users, m => m.UserId, u => u.Id,
                (m, u) => new OrganizationMembers.Member(m.UserId, u.DisplayName, u.Email ?? "", m.Role, m.JoinedAtUtc))
            .ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations
            .Where(i => i.OrganizationId == organizationId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new OrganizationMembers.OpenInvitation(i.Id, i.Email, i.ExpiresAtUtc))
            .ToListAsync();
        return new OrganizationMembers(organization.Id, organization.Name, organization.IsOwner(viewerUserId), members, invitations);
    }

    public Task RemoveMemberAsync(string actingUserId, Guid organizationId, string memberUserId) =>
        ChangeAsync(actingUserId, organizationId, o => o.RemoveMember(actingUserId, memberUserId),
            "organization.member-remove", new { member = memberUserId });

    public Task TransferOwnershipAsync(string actingUserId, Guid organizationId, string newOwnerUserId) =>
        ChangeAsync(actingUserId, organizationId, o => o.TransferOwnership(actingUserId, newOwnerUserId),
            "organization.ownership-transfer", new { previousOwner = actingUserId, newOwner = newOwnerUserId });

    private async Task ChangeAsync(string actingUserId, Guid organizationId, Action<Organization> change, string action, object details)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId);
        if (organization is null || !organization.IsMember(actingUserId))
        {
            throw new DomainException(DomainErrors.NotAMember);
        }

        change(organization);
        await audit.SaveWithAsync(db, new AuditRecord(actingUserId, action, AuditSubject, organizationId.ToString(), details));
    }
}
