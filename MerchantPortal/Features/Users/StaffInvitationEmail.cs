using System.Text.Encodings.Web;
using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Email;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Users;

/// <summary>The staff invitation email, written in the language the inviting admin was using (stored as the account's language).</summary>
public sealed class StaffInvitationEmail(IEmailTransport transport)
{
    public Task SendAsync(ApplicationUser invitee, string inviterName, string role, string acceptUrl, DateTime expiresAtUtc)
    {
        var html = HtmlEncoder.Default;
        var message = PortalCultures.With(invitee.PreferredCulture, () => new EmailMessage(
            invitee.Email!,
            string.Format(UsersText.InvitationEmailSubject, RoleText.Of(role)),
            string.Format(UsersText.InvitationEmailBody, html.Encode(invitee.DisplayName), html.Encode(inviterName), html.Encode(RoleText.Of(role)),
                html.Encode(acceptUrl), ChinaTime.Format(expiresAtUtc))));
        return transport.SendAsync(message);
    }
}
