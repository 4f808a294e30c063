using OtpNet;

namespace MerchantPortal.Tests.Support;

public sealed record TestAccount(string Id, string Email, string Password, string Role, string? AuthenticatorKey, Guid? OrganizationId, string? OrganizationName)
{
    /// <summary>
    /// The authenticator app's current code, as a person would read it off their phone. Identity checks
    /// codes against the real clock, not the portal's injectable one, so this does too.
    /// </summary>
    public string CurrentCode() =>
        new Totp(Base32Encoding.ToBytes(AuthenticatorKey ?? throw new InvalidOperationException("No authenticator enrolled.")))
            .ComputeTotp(DateTime.UtcNow);
}
