using MerchantPortal.Components.Account;

namespace MerchantPortal.Tests.Support;

/// <summary>The portal with production's password-hash cost, for the tests that measure timing or rehashing.</summary>
public sealed class ProductionHashPortalFactory : PortalFactory
{
    protected override int PasswordHashIterations => SignInHardeningServices.DefaultPasswordHashIterations;
}
