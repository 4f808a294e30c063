using System.Text.Encodings.Web;
using MerchantPortal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantPortal.Components.Account;

/// <summary>
/// The password-reset and confirmation-resend forms only queue these: whether the address has an account, and so
/// whether a mail goes out, is decided in the background, after the form has answered.
/// </summary>
public sealed class AccountMailJobs(AccountMailQueue queue)
{
    /// <param name="resetPage">The absolute address of the reset page; the code is added to it.</param>
    public void QueuePasswordReset(string email, string resetPage) => queue.Enqueue(async (services, _) =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is not null && await users.IsEmailConfirmedAsync(user))
        {
            var code = LinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user));
            var link = QueryHelpers.AddQueryString(resetPage, "code", code);
            await services.GetRequiredService<AccountEmailSender>().SendPasswordResetLinkAsync(user, user.Email!, HtmlEncoder.Default.Encode(link));
        }
    });

    /// <param name="confirmPage">The absolute address of the confirmation page; the user id and code are added to it.</param>
    public void QueueConfirmationResend(string email, string confirmPage) => queue.Enqueue(async (services, _) =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        // An invited staff account has no password yet: only its invitation link (which expires) opens it.
        if (user is not null && !user.EmailConfirmed && user.PasswordHash is not null)
        {
            var code = LinkCode.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
            var link = QueryHelpers.AddQueryString(confirmPage, new Dictionary<string, string?> { ["userId"] = user.Id, ["code"] = code });
            await services.GetRequiredService<AccountEmailSender>().SendConfirmationLinkAsync(user, user.Email!, HtmlEncoder.Default.Encode(link));
        }
    });
}
