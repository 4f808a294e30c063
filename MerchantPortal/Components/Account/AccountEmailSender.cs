using System.Text.Encodings.Web;
using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Email;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

/// <summary>
/// Account emails, each written in the recipient's preferred language. Links arrive HTML-encoded. Messages are written
/// at once and sent from <see cref="AccountMailQueue"/>, so no form waits for (or is timed by) the mail server.
/// </summary>
public sealed class AccountEmailSender(AccountMailQueue queue) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(user, email, () => EmailText.ConfirmSubject, () => string.Format(EmailText.ConfirmBody, Name(user), confirmationLink));

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(user, email, () => EmailText.ResetSubject, () => string.Format(EmailText.ResetBody, Name(user), resetLink));

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(user, email, () => EmailText.ResetSubject, () => string.Format(EmailText.ResetCodeBody, Name(user), HtmlEncoder.Default.Encode(resetCode)));

    /// <summary>Sent instead of an error when someone registers with a taken address, so the form never tells who has an account.</summary>
    public Task SendAlreadyRegisteredAsync(ApplicationUser user, string signInLink, string resetLink) =>
        SendAsync(user, user.Email!, () => EmailText.AlreadyRegisteredSubject,
            () => string.Format(EmailText.AlreadyRegisteredBody, Name(user), signInLink, resetLink));

    private static string Name(ApplicationUser user) => HtmlEncoder.Default.Encode(user.DisplayName);

    private Task SendAsync(ApplicationUser user, string to, Func<string> subject, Func<string> body)
    {
        var message = PortalCultures.With(user.PreferredCulture, () => new EmailMessage(to, subject(), body()));
        queue.Enqueue((services, cancellationToken) => services.GetRequiredService<IEmailTransport>().SendAsync(message, cancellationToken));
        return Task.CompletedTask;
    }
}
