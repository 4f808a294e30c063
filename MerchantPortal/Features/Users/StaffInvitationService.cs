using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Features.Users;

/// <summary>
/// Staff invitations without a table of their own: the account is created at once, without a password and marked as
/// invited (<see cref="PendingInvitation"/>); the emailed link carries an Identity token (<see cref="StaffInvitationTokenProvider"/>)
/// with which the invitee sets a password. Staff enrol an authenticator at their first sign-in, as all staff do.
/// </summary>
public sealed class StaffInvitationService(
    IDbContextFactory<PortalDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    ILookupNormalizer normalizer,
    AuditTrail audit,
    StaffInvitationEmail email,
    IValidator<InviteStaffInput> inviteValidator,
    IValidator<AcceptStaffInvitationInput> acceptValidator,
    TimeProvider clock,
    IOptions<UsersOptions> options)
{
    /// <summary>Creates the invited account and emails its link; <paramref name="acceptUrl"/> builds the link from the user id and token.</summary>
    public async Task<string> InviteAsync(string adminUserId, InviteStaffInput input, string culture, Func<string, string, string> acceptUrl)
    {
        await inviteValidator.ValidateAndThrowAsync(input);
        await using var db = await dbFactory.CreateDbContextAsync();
        await AdminGuard.EnsureAdminAsync(db, adminUserId);
        var address = input.Email.Trim();
        var (normalized, userName) = (normalizer.NormalizeEmail(address), normalizer.NormalizeName(address));
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == userName))
        {
            throw new DomainException(DomainErrors.AccountExists);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new ApplicationUser
        {
            UserName = address,
            NormalizedUserName = userName,
            Email = address,
            NormalizedEmail = normalized,
            DisplayName = input.DisplayName.Trim(),
            PreferredCulture = culture,
            CreatedAtUtc = now,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = await db.Roles.Where(r => r.Name == input.Role).Select(r => r.Id).SingleAsync() });
        db.UserTokens.Add(PendingInvitation.Create(user.Id, now));
        await audit.SaveWithAsync(db, new AuditRecord(adminUserId, "user.invite", "Account", user.Id, new { email = address, role = input.Role }));
        await SendAsync(db, adminUserId, user, input.Role, now, acceptUrl);
        return user.Id;
    }

    /// <summary>Sends a new link; the older ones stop working (the security stamp changes).</summary>
    public async Task ResendAsync(string adminUserId, string userId, Func<string, string, string> acceptUrl)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await AdminGuard.EnsureAdminAsync(db, adminUserId);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId) ?? throw new DomainException(DomainErrors.UserNotFound);
        var marker = await PendingInvitation.Of(db, userId).SingleOrDefaultAsync() ?? throw new DomainException(DomainErrors.NotInvited);
        var now = clock.GetUtcNow().UtcDateTime;
        marker.Value = PendingInvitation.Format(now);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await audit.SaveWithAsync(db, new AuditRecord(adminUserId, "user.invitation-resend", "Account", user.Id));
        var role = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .FirstOrDefaultAsync(r => PortalRoles.Staff.Contains(r)) ?? PortalRoles.Reviewer;
        await SendAsync(db, adminUserId, user, role, now, acceptUrl);
    }

    public async Task<InvitationCheck> CheckAsync(string? userId, string? token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return (await CheckAsync(db, userId, token)).Check;
    }

    /// <summary>Sets the invitee's password; returns the problems instead when the input or the link is not good.</summary>
    public async Task<IReadOnlyList<string>> AcceptAsync(string userId, string token, AcceptStaffInvitationInput input)
    {
        var validation = await acceptValidator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            return [.. validation.Errors.Select(e => e.ErrorMessage)];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var (check, user) = await CheckAsync(db, userId, token);
        if (check.State != InvitationState.Valid || user is null)
        {
            return [Explain(check.State)];
        }

        var passwordErrors = new List<string>();
        foreach (var rule in users.PasswordValidators)
        {
            passwordErrors.AddRange((await rule.ValidateAsync(users, user, input.Password)).Errors.Select(e => e.Description));
        }

        if (passwordErrors.Count > 0)
        {
            return passwordErrors;
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, input.Password);
        user.EmailConfirmed = true;
        user.DisplayName = input.DisplayName.Trim();
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.UserTokens.RemoveRange(await PendingInvitation.Of(db, user.Id).ToListAsync());
        try
        {
            await audit.SaveWithAsync(db, new AuditRecord(user.Id, "user.invitation-accept", "Account", user.Id));
        }
        catch (DomainException e) when (e.Code == DomainErrors.ConcurrentChange)
        {
            // The same link submitted twice at once: the other submission set the password.
            return [Explain(InvitationState.Accepted)];
        }

        return [];
    }

    public static string Explain(InvitationState state) => state switch
    {
        InvitationState.Expired => UsersText.InvitationExpired,
        InvitationState.Accepted => UsersText.InvitationAccepted,
        _ => UsersText.InvitationInvalid,
    };

    private async Task<(InvitationCheck Check, ApplicationUser? User)> CheckAsync(PortalDbContext db, string? userId, string? token)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == userId);
        if (user is null || string.IsNullOrEmpty(token) || AccountLockout.IsDisabled(user.LockoutEnd))
        {
            return (new InvitationCheck(InvitationState.Invalid), null);
        }

        var sent = PendingInvitation.SentAt(await PendingInvitation.Of(db, user.Id).Select(t => t.Value).SingleOrDefaultAsync());
        if (sent is null)
        {
            return (new InvitationCheck(InvitationState.Accepted), null);
        }

        if (await users.VerifyUserTokenAsync(user, StaffInvitationTokenProvider.ProviderName, StaffInvitationTokenProvider.Purpose, token))
        {
            return (new InvitationCheck(InvitationState.Valid, user.Email!, user.DisplayName), user);
        }

        // Only the newest link's expiry is reported as such; any other refused link is "not valid".
        var expired = sent.Value + options.Value.InvitationLifetime <= clock.GetUtcNow().UtcDateTime;
        return (new InvitationCheck(expired ? InvitationState.Expired : InvitationState.Invalid), null);
    }

    private async Task SendAsync(PortalDbContext db, string adminUserId, ApplicationUser user, string role, DateTime sentAtUtc, Func<string, string, string> acceptUrl)
    {
        var token = await users.GenerateUserTokenAsync(user, StaffInvitationTokenProvider.ProviderName, StaffInvitationTokenProvider.Purpose);
        var inviter = await db.Users.Where(u => u.Id == adminUserId).Select(u => u.DisplayName).SingleAsync();
        await email.SendAsync(user, inviter, role, acceptUrl(user.Id, token), sentAtUtc + options.Value.InvitationLifetime);
    }
}
