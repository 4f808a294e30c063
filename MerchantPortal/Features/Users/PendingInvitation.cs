using System.Globalization;
using MerchantPortal.Data;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Features.Users;

/// <summary>
/// Marks an invited staff account that has no password yet: a row in Identity's user tokens holding when the newest link
/// was sent, so invitations need no table of their own. Accepting removes it.
/// </summary>
public static class PendingInvitation
{
    public const string LoginProvider = "MerchantPortal";
    public const string Name = "StaffInvitationSentAt";

    public static IdentityUserToken<string> Create(string userId, DateTime sentAtUtc) => new()
    {
        UserId = userId,
        LoginProvider = LoginProvider,
        Name = Name,
        Value = Format(sentAtUtc),
    };

    public static string Format(DateTime sentAtUtc) => sentAtUtc.ToString("O", CultureInfo.InvariantCulture);

    public static DateTime? SentAt(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sent) ? sent : null;

    public static IQueryable<IdentityUserToken<string>> Of(PortalDbContext db, string userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == Name);
}
