using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantPortal.Tests.E2E.Users;

/// <summary>
/// The portal served for a browser with a revalidation interval of a few seconds, on the real clock: circuits wait for the
/// interval in real time, so the cookie's checks must see the same time pass.
/// </summary>
public sealed class ShortRevalidationPortal : PortalFactory
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    public ShortRevalidationPortal() => UseRealServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:RevalidationInterval", Interval.ToString());
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(TimeProvider.System);
        });
    }
}
