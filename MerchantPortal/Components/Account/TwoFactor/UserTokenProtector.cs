using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Components.Account.TwoFactor;

/// <summary>
/// Encrypts Identity's own user tokens — the authenticator key and the recovery codes — with Data Protection before
/// they reach the database. Values written before this existed have no prefix and are read as they are until
/// <see cref="UserTokenMigration"/> encrypts them at start-up.
/// </summary>
public sealed class UserTokenProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "MerchantPortal.Identity.UserTokens.v1";

    /// <summary>The login provider Identity's store files the authenticator key and recovery codes under.</summary>
    public const string IdentityProvider = "[AspNetUserStore]";

    public const string Prefix = "dp1:";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public static bool Protects(string loginProvider) => loginProvider == IdentityProvider;

    public static bool IsProtected(string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public string? Protect(string? value) => value is null || IsProtected(value) ? value : Prefix + protector.Protect(value);

    public string? Unprotect(string? value) => IsProtected(value) ? protector.Unprotect(value![Prefix.Length..]) : value;
}
