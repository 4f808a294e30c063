using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// The portal in the Production environment with the secrets Production requires. A request carrying
/// <see cref="PeerHeader"/> arrives from that address, so tests can play a reverse proxy or a stranger.
/// </summary>
public class ProductionPortalFactory : PortalFactory
{
    public const string PeerHeader = "X-Test-Peer-Address";

    private readonly ProductionSecrets secrets = ProductionSecrets.Create();

    /// <summary>Settings of a particular deployment (e.g. <c>Proxy:KnownNetworks:0</c>), applied after the secrets.</summary>
    protected virtual IReadOnlyDictionary<string, string> DeploymentSettings { get; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        foreach (var (key, value) in secrets.Settings.Concat(DeploymentSettings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerAddressStartupFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        secrets.Dispose();
    }

    private sealed class PeerAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[PeerHeader], out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
