using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Organizations;

/// <summary>Invitations to an organization; each one sent, revoked and accepted is audited by ids, never by address.</summary>
public sealed class InvitationService(
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock,
    IValidator<InviteMemberInput> validator,
    InvitationEmail email,
    AuditTrail audit)
{
    /// <summary>Invites a colleague and emails them a link; <paramref name="acceptUrl"/> builds the link from the token.</summary>
    public async Task InviteAsync(string ownerUserId, Guid organizationId, InviteMemberInput input, string culture, Func<string, string> acceptUrl)
    {
        await validator.ValidateAndThrowAsync(input);
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId)
            ?? throw new DomainException(DomainErrors.NotAMember);
        organization.EnsureOwner(ownerUserId);

        var address = input.Email.Trim().ToLowerInvariant();
        var memberEmails = await db.OrganizationMembers.Where(m => m.OrganizationId == organizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.NormalizedEmail).ToListAsync();
        if (memberEmails.Contains(address.ToUpperInvariant()))
        {
            throw new DomainException(DomainErrors.AlreadyMember);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A second invitation to the same address replaces the first, so only the newest link works.
        var previous = await db.Invitations.Where(i => i.OrganizationId == organizationId && i.Email == address).ToListAsync();
        previous.ForEach(i => i.Revoke(now));

        var token = OneTimeToken.New();
        var invitation = Invitation.Create(organizationId, address, OneTimeToken.Hash(token), ownerUserId, culture, now);
        db.Invitations.Add(invitation);
        await audit.SaveWithAsync(db, new AuditRecord(ownerUserId, "organization.invite", OrganizationService.AuditSubject, organizationId.ToString(),
            new { invitation = invitation.Id, replaces = previous.Select(i => i.Id) }));

        var inviter = await db.Users.Where(u => u.Id == ownerUserId).Select(u => u.DisplayName).SingleAsync();
        await email.SendAsync(invitation, organization.Name, inviter, acceptUrl(token));
    }

    public async Task RevokeAsync(string ownerUserId, Guid organizationId, Guid invitationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId)
            ?? throw new DomainException(DomainErrors.NotAMember);
        organization.EnsureOwner(ownerUserId);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.OrganizationId == organizationId)
            ?? throw new DomainException(DomainErrors.InvitationInvalid);
        invitation.Revoke(clock.GetUtcNow().UtcDateTime);
        await audit.SaveWithAsync(db, new AuditRecord(ownerUserId, "organization.invitation-revoke", OrganizationService.AuditSubject,
            organizationId.ToString(), new { invitation = invitation.Id }));
    }

    public async Task<InvitationPreview?> PreviewAsync(string token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var invitation = await FindAsync(db, token);
        if (invitation is null)
        {
            return null;
        }

        var organizationName = await db.Organizations.Where(o => o.Id == invitation.OrganizationId).Select(o => o.Name).SingleAsync();
        var inviter = await db.Users.Where(u => u.Id == invitation.InvitedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? "";
        return new InvitationPreview(organizationName, inviter, invitation.Email, invitation.ExpiresAtUtc,
            invitation.IsOpen(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Adds the user to the inviting organization and makes it their current one.</summary>
    public async Task<Guid> AcceptAsync(string userId, string token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var invitation = await FindAsync(db, token) ?? throw new DomainException(DomainErrors.InvitationInvalid);
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.Accept(user.Email ?? "", now);

        var organization = await db.Organizations.SingleAsync(o => o.Id == invitation.OrganizationId);
        organization.AddStaff(userId, now);
        user.CurrentOrganizationId = organization.Id;
        await audit.SaveWithAsync(db, new AuditRecord(userId, "organization.invitation-accept", OrganizationService.AuditSubject,
            organization.Id.ToString(), new { invitation = invitation.Id, member = userId, invitedBy = invitation.InvitedByUserId }));
        return organization.Id;
    }

    private static Task<Invitation?> FindAsync(PortalDbContext db, string token)
    {
        var hash = OneTimeToken.Hash(token);
        return db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
    }
}
