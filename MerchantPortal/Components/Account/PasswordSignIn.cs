using MerchantPortal.Data;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

/// <summary>
/// The password step of sign-in with the same work for every address: an unknown one, a locked (disabled) or
/// unconfirmed account — which Identity refuses before hashing — all pay for one password hash, as a real check does.
/// Wrong passwords never lock the account (progressive delays do that job: decision 0020).
/// </summary>
public sealed class PasswordSignIn(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, DummyPasswordHash dummy)
{
    public async Task<(SignInResult Result, ApplicationUser? User)> SignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            dummy.Verify(password);
            return (SignInResult.Failed, null);
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            dummy.Verify(password);
        }

        return (result, user);
    }
}
