using MerchantPortal.Data;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Infrastructure.Passwords;

/// <summary>
/// Refuses a password that is on the list of common and breached passwords, or is one of them with digits and
/// symbols around it ("Password123!" is "password" to anyone guessing), or names the portal itself.
/// Composition rules are deliberately absent (NIST SP 800-63B 3.1.1.2): length and this list do the work.
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswordList list) : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    // Trimmed from both ends before the second look-up.
    private static readonly char[] Decorations = [.. "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];

    private static readonly string[] ContextWords = ["merchantportal", "merchant portal", "merchantportal.local"];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password) || !IsCommon(password, user.Email))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = SignInText.PasswordTooCommon }));
    }

    public bool IsCommon(string password, string? email)
    {
        var stem = password.Trim(Decorations).ToLowerInvariant();
        var localPart = email?.Split('@')[0].ToLowerInvariant();
        return list.Contains(password) || (stem.Length > 0 && list.Contains(stem))
            || ContextWords.Contains(stem) || (!string.IsNullOrEmpty(localPart) && stem == localPart);
    }

}
