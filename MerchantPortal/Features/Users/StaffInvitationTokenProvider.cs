using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Features.Users;

/// <summary>
/// The Identity token in a staff invitation link. Unlike Identity's own data-protection tokens it has its own lifetime
/// (<c>Users:InvitationHours</c>, not the password reset's) and reads the portal's clock, so its expiry can be tested.
/// It carries its issue time, the account, the purpose and the security stamp: setting the password or sending a new
/// link changes the stamp, so each link works once and only the newest one works.
/// </summary>
public sealed class StaffInvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, IOptions<UsersOptions> options)
    : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "StaffInvitation";
    public const string Purpose = "AcceptStaffInvitation";

    private readonly IDataProtector protector = protection.CreateProtector("MerchantPortal.Users.StaffInvitation");

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return WebEncoders.Base64UrlEncode(protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(protector.Unprotect(WebEncoders.Base64UrlDecode(token))), Encoding.UTF8);
            var issued = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            return clock.GetUtcNow() < issued + options.Value.InvitationLifetime
                && reader.ReadString() == await manager.GetUserIdAsync(user)
                && reader.ReadString() == purpose
                && reader.ReadString() == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (Exception e) when (e is FormatException or CryptographicException or EndOfStreamException or ArgumentOutOfRangeException)
        {
            // A mangled or forged link is simply not valid.
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);
}
