using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Features.Users;

/// <summary>The admins' list of accounts: filtered, counted and paged in the database.</summary>
public sealed class UserDirectoryService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IOptions<UsersOptions> options)
{
    // A completed sign-in, as SignInAudit records it (the password step of a staff sign-in is only "second-factor-next").
    private const string SignInAction = "account.sign-in";
    private const string SignInSucceeded = "\"outcome\":\"succeeded\"";

    public async Task<UserListResult> SearchAsync(string adminUserId, UserListQuery query)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await AdminGuard.EnsureAdminAsync(db, adminUserId);
        var users = Filter(db, query);
        var total = await users.CountAsync();
        var size = Math.Clamp(query.PageSize, 1, UserListQuery.MaxPageSize);
        var page = await users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Skip(Math.Max(query.Page, 0) * size).Take(size)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                InvitationSent = db.UserTokens.Where(t => t.UserId == u.Id && t.LoginProvider == PendingInvitation.LoginProvider && t.Name == PendingInvitation.Name)
                    .Select(t => t.Value).FirstOrDefault(),
                // The newest of the user's own entries first, through the (ActorUserId, Id) index: a sign-in is never far back.
                LastSignIn = db.AuditEntries.Where(e => e.ActorUserId == u.Id && e.Action == SignInAction && e.Details.Contains(SignInSucceeded))
                    .OrderByDescending(e => e.Id).Select(e => (DateTime?)e.AtUtc).FirstOrDefault(),
            })
            .ToListAsync();
        var ids = page.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow().UtcDateTime;
        return new UserListResult([.. page.Select(u =>
        {
            var expires = PendingInvitation.SentAt(u.InvitationSent) + options.Value.InvitationLifetime;
            var status = AccountLockout.IsDisabled(u.LockoutEnd) ? UserStatus.Disabled
                : expires is null ? UserStatus.Active
                : expires > now ? UserStatus.Invited
                : UserStatus.InvitationExpired;
            return new UserListRow(u.Id, u.DisplayName, u.Email ?? "", [.. PortalRoles.All.Where(roles[u.Id].Contains)],
                u.TwoFactorEnabled, status, expires, u.LastSignIn);
        })], total);
    }

    private static IQueryable<ApplicationUser> Filter(PortalDbContext db, UserListQuery query)
    {
        var users = db.Users.AsNoTracking();
        if (query.Search?.Trim() is { Length: > 0 } term)
        {
            var upper = term.ToUpperInvariant();
            var pattern = "%" + term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || EF.Functions.Like(u.DisplayName, pattern, @"\"));
        }

        if (query.Role is { } role && PortalRoles.All.Contains(role))
        {
            var inRole = db.UserIdsInRole(role);
            users = users.Where(u => inRole.Contains(u.Id));
        }

        return users;
    }
}
