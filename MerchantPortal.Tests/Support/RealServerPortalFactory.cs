namespace MerchantPortal.Tests.Support;

/// <summary>The portal served on a loopback port, so it can call itself: its sandbox gateways, its sample merchant receiver.</summary>
public sealed class RealServerPortalFactory : PortalFactory
{
    public RealServerPortalFactory() => UseRealServer();
}
