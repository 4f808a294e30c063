using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Users;

/// <summary>
/// What admins change on an account: staff roles, disable and enable, resetting the second factor. Each change and its
/// audit entry are saved together; the last enabled admin is never disabled or demoted.
/// </summary>
public sealed class UserAdministrationService(IDbContextFactory<PortalDbContext> dbFactory, AuditTrail audit)
{
    // Identity's EF store keeps the authenticator key and the recovery codes as user tokens of this login provider.
    private const string IdentityStoreTokens = "[AspNetUserStore]";

    // Changes that could take away an admin pass one at a time, so two admins disabling each other cannot both win.
    // One portal process holds the gate; several instances (a later issue) need a database lock instead.
    private static readonly SemaphoreSlim AdminSeats = new(1, 1);

    /// <summary>Sets the account's staff roles to <paramref name="staffRoles"/> (Reviewer, Admin or both).</summary>
    public Task ChangeRolesAsync(string adminUserId, string userId, IReadOnlyCollection<string> staffRoles) =>
        ChangeAsync(adminUserId, userId, async (db, user) =>
        {
            var wanted = staffRoles.Distinct().ToList();
            if (wanted.Count == 0 || wanted.Any(r => !PortalRoles.Staff.Contains(r)))
            {
                throw new DomainException(DomainErrors.StaffRolesRequired);
            }

            var current = await RolesOfAsync(db, user.Id);
            if (!current.Any(PortalRoles.Staff.Contains))
            {
                throw new DomainException(DomainErrors.StaffRolesOnly);
            }

            var added = wanted.Except(current).ToList();
            var removed = current.Where(PortalRoles.Staff.Contains).Except(wanted).ToList();
            if (added.Count == 0 && removed.Count == 0)
            {
                return null;
            }

            if (removed.Contains(PortalRoles.Admin))
            {
                await EnsureAnotherAdminAsync(db, user);
            }

            var roleIds = await db.Roles.Where(r => PortalRoles.Staff.Contains(r.Name!)).ToDictionaryAsync(r => r.Name!, r => r.Id);
            var removedIds = removed.Select(r => roleIds[r]).ToList();
            db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == user.Id && removedIds.Contains(ur.RoleId)).ToListAsync());
            db.UserRoles.AddRange(added.Select(r => new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[r] }));
            // Open sessions pick the new roles up within the revalidation interval (the roles are compared, the stamp stays).
            Touch(user);
            return new AuditRecord(adminUserId, "user.roles-change", "Account", user.Id, new { added, removed });
        });

    /// <summary>Locks the account for good and changes its security stamp, so its cookies and circuits end.</summary>
    public Task DisableAsync(string adminUserId, string userId) =>
        ChangeAsync(adminUserId, userId, async (db, user) =>
        {
            if (AccountLockout.IsDisabled(user.LockoutEnd))
            {
                return null;
            }

            if (await IsEnabledAdminAsync(db, user))
            {
                await EnsureAnotherAdminAsync(db, user);
            }

            user.LockoutEnabled = true;
            user.LockoutEnd = AccountLockout.DisabledUntil;
            NewSecurityStamp(user);
            return new AuditRecord(adminUserId, "user.disable", "Account", user.Id);
        });

    public Task EnableAsync(string adminUserId, string userId) =>
        ChangeAsync(adminUserId, userId, (_, user) =>
        {
            if (!AccountLockout.IsDisabled(user.LockoutEnd))
            {
                return Task.FromResult<AuditRecord?>(null);
            }

            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            Touch(user);
            return Task.FromResult<AuditRecord?>(new AuditRecord(adminUserId, "user.enable", "Account", user.Id));
        });

    /// <summary>Forgets the authenticator and the recovery codes and ends the sessions: staff enrol a new authenticator at their next sign-in.</summary>
    public Task ResetTwoFactorAsync(string adminUserId, string userId) =>
        ChangeAsync(adminUserId, userId, async (db, user) =>
        {
            db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == IdentityStoreTokens).ToListAsync());
            user.TwoFactorEnabled = false;
            NewSecurityStamp(user);
            return new AuditRecord(adminUserId, "user.two-factor-reset", "Account", user.Id);
        });

    private async Task ChangeAsync(string adminUserId, string userId, Func<PortalDbContext, ApplicationUser, Task<AuditRecord?>> change)
    {
        await AdminSeats.WaitAsync();
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            await AdminGuard.EnsureAdminAsync(db, adminUserId);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId) ?? throw new DomainException(DomainErrors.UserNotFound);
            if (await change(db, user) is { } record)
            {
                await audit.SaveWithAsync(db, record);
            }
        }
        finally
        {
            AdminSeats.Release();
        }
    }

    private static Task<List<string>> RolesOfAsync(PortalDbContext db, string userId) =>
        db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync();

    /// <summary>An admin who can sign in: not disabled, and past the invitation (a password is set).</summary>
    private static async Task<bool> IsEnabledAdminAsync(PortalDbContext db, ApplicationUser user) =>
        !AccountLockout.IsDisabled(user.LockoutEnd) && user.PasswordHash is not null && await db.UserIdsInRole(PortalRoles.Admin).ContainsAsync(user.Id);

    private static async Task EnsureAnotherAdminAsync(PortalDbContext db, ApplicationUser user)
    {
        var admins = db.UserIdsInRole(PortalRoles.Admin);
        // Admins are few: their lockout ends are read and compared here rather than in SQL.
        var others = await db.Users.Where(u => admins.Contains(u.Id) && u.Id != user.Id && u.PasswordHash != null).Select(u => u.LockoutEnd).ToListAsync();
        if (!others.Any(end => !AccountLockout.IsDisabled(end)))
        {
            throw new DomainException(DomainErrors.LastAdmin);
        }
    }

    private static void NewSecurityStamp(ApplicationUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        Touch(user);
    }

    // Identity's concurrency stamp: a change made meanwhile through any other path makes this save fail, not overwrite.
    private static void Touch(ApplicationUser user) => user.ConcurrencyStamp = Guid.NewGuid().ToString();
}
