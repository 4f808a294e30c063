using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>The portal whose sandbox notifications reach <see cref="Merchant"/> instead of the network.</summary>
public sealed class SandboxPortalFactory : PortalFactory
{
    public MerchantServerStandIn Merchant { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.AddHttpClient(SandboxNotificationSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Merchant));
    }
}
