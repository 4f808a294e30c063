using System.Globalization;
using MerchantPortal.Data;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace MerchantPortal.Components.Account.TwoFactor;

/// <summary>
/// Identity's authenticator (TOTP, RFC 6238) check, made single-use: the last accepted time step is kept per user
/// (a user token, no schema change) and a code from that step or an earlier one is refused, so a code seen over a
/// shoulder or replayed from a log cannot be used again (ASVS 5.0 V6.5.1). Like Identity it accepts two steps of clock
/// drift either way and reads the real clock, as the user's phone does.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string LoginProvider = "[PortalTotp]";
    public const string TokenName = "LastTimeStep";

    // Check-then-record must not interleave within this instance; across instances the user row's concurrency stamp
    // makes the second of two simultaneous records fail, and a failed record refuses the code.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(DateTime.UtcNow, token, out var step, new VerificationWindow(previous: 2, future: 2)))
        {
            return false;
        }

        await Gate.WaitAsync();
        try
        {
            var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, TokenName);
            if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
            {
                return false;
            }

            var recorded = await manager.SetAuthenticationTokenAsync(user, LoginProvider, TokenName, step.ToString(CultureInfo.InvariantCulture));
            return recorded.Succeeded;
        }
        finally
        {
            Gate.Release();
        }
    }
}
