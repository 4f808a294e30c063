using System.Text.Encodings.Web;
using FluentValidation;
using MerchantPortal.Components.Account.Forms;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

/// <summary>
/// An applicant's registration: a new account that creates an organization, or one that joins
/// through an invitation. A taken address gets an email, never an error on the form.
/// </summary>
public sealed class RegistrationService(
    UserManager<ApplicationUser> users,
    OrganizationService organizations,
    InvitationService invitations,
    AccountEmailSender email,
    DummyPasswordHash dummy,
    IValidator<RegisterInput> validator,
    TimeProvider clock)
{
    public async Task<RegistrationResult> RegisterAsync(RegisterInput input, string culture, AccountLinks links)
    {
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            return Failed(validation.Errors.Select(e => e.ErrorMessage));
        }

        var invitation = string.IsNullOrEmpty(input.Invitation) ? null : await invitations.PreviewAsync(input.Invitation);
        if (invitation is not null && (!invitation.IsOpen || !string.Equals(invitation.Email, input.Email.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return Failed([invitation.IsOpen ? ErrorText.InvitationEmailMismatch : ErrorText.InvitationInvalid]);
        }

        var existing = await users.FindByEmailAsync(input.Email);
        if (existing is not null)
        {
            // The work and the answer of a new account: the password meets the same rules (or fails them alike), is
            // hashed once, and the mail (to the owner, instead of a confirmation) goes out in the background.
            var refusals = await PasswordRefusalsAsync(input);
            if (refusals.Count > 0)
            {
                return Failed(refusals);
            }

            dummy.Hash(input.Password);
            await email.SendAlreadyRegisteredAsync(existing, Encode(links.SignIn), Encode(links.ForgotPassword));
            return new RegistrationResult(RegistrationOutcome.CheckEmail, []);
        }

        var user = new ApplicationUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            DisplayName = input.DisplayName.Trim(),
            PreferredCulture = PortalCultures.Normalize(culture),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            EmailConfirmed = invitation is not null,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return Failed(created.Errors.Select(e => e.Description));
        }

        await users.AddToRoleAsync(user, PortalRoles.Applicant);
        try
        {
            if (invitation is not null)
            {
                await invitations.AcceptAsync(user.Id, input.Invitation!);
                return new RegistrationResult(RegistrationOutcome.Joined, [], user);
            }

            await organizations.CreateAsync(user.Id, input.OrganizationName);
        }
        catch (DomainException e)
        {
            // Nothing half-made stays behind: without its organization the account is removed again.
            await users.DeleteAsync(user);
            return Failed([ErrorMessages.For(e)]);
        }

        var code = LinkCode.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await email.SendConfirmationLinkAsync(user, user.Email, Encode(links.ConfirmEmail(user.Id, code)));
        return new RegistrationResult(RegistrationOutcome.CheckEmail, [], user);
    }

    private async Task<List<string>> PasswordRefusalsAsync(RegisterInput input)
    {
        var stranger = new ApplicationUser { UserName = input.Email.Trim(), Email = input.Email.Trim() };
        var refusals = new List<string>();
        foreach (var rule in users.PasswordValidators)
        {
            var result = await rule.ValidateAsync(users, stranger, input.Password);
            refusals.AddRange(result.Errors.Select(e => e.Description));
        }

        return refusals;
    }

    private static string Encode(string url) => HtmlEncoder.Default.Encode(url);

    private static RegistrationResult Failed(IEnumerable<string> errors) => new(RegistrationOutcome.Failed, [.. errors]);
}
