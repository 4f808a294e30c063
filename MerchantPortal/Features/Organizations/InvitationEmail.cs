using System.Text.Encodings.Web;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Infrastructure.Email;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Organizations;

/// <summary>The invitation email, written in the language the inviter was using.</summary>
public sealed class InvitationEmail(IEmailTransport transport)
{
    public Task SendAsync(Invitation invitation, string organizationName, string inviterName, string acceptUrl)
    {
        var html = HtmlEncoder.Default;
        var message = PortalCultures.With(invitation.Culture, () => new EmailMessage(
            invitation.Email,
            string.Format(EmailText.InvitationSubject, organizationName),
            string.Format(EmailText.InvitationBody, html.Encode(inviterName), html.Encode(organizationName),
                html.Encode(acceptUrl), ChinaTime.Format(invitation.ExpiresAtUtc))));
        return transport.SendAsync(message);
    }
}
