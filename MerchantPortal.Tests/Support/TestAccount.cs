namespace MerchantPortal.Tests.Support;

public sealed record TestAccount(string Id, string Email, string Password, string Role, string? AuthenticatorKey, Guid? OrganizationId, string? OrganizationName)
{
    /// <summary>
    /// The authenticator app's code, as a person would read it off their phone: each call a code the portal has not
    /// seen yet (<see cref="AuthenticatorCodes"/>). Identity checks codes against the real clock, not the portal's
    /// injectable one, so this does too.
    /// </summary>
    public string CurrentCode() =>
        AuthenticatorCodes.Next(AuthenticatorKey ?? throw new InvalidOperationException("No authenticator enrolled."));
}
