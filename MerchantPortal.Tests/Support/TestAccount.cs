using OtpNet;

namespace MerchantPortal.Tests.Support;

public sealed record TestAccount(string Id, string Email, string Password, string Role, string? AuthenticatorKey, Guid? OrganizationId, string? OrganizationName)
{
    /// <summary>The authenticator app's current code, as a person would read it off their phone.</summary>
    public string CurrentCode(TimeProvider clock) =>
        new Totp(Base32Encoding.ToBytes(AuthenticatorKey ?? throw new InvalidOperationException("No authenticator enrolled.")))
            .ComputeTotp(clock.GetUtcNow().UtcDateTime);
}
