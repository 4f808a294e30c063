using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// The portal with the account forms' default rate limits (which <see cref="PortalFactory"/> raises), and each test
/// client at an address of its choosing (<see cref="ClientAt"/>), as clients behind different addresses would be.
/// </summary>
public class ThrottledPortalFactory : PortalFactory
{
    private const string AddressHeader = "X-Test-Client-Address";

    /// <summary>Overrides of the defaults, for tests that isolate one mechanism from the others.</summary>
    protected virtual IReadOnlyDictionary<string, string> Limits { get; } = new Dictionary<string, string>
    {
        ["Identity:SignInLimits:PerAddressPerMinute"] = "10",
        ["Identity:SignInLimits:PerAccountPerMinute"] = "5",
        ["Identity:SignInLimits:FreeFailures"] = "5",
    };

    public FormClient ClientAt(string address)
    {
        var client = this.CreateFormClient();
        client.Http.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Limits)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[AddressHeader] is [{ } address])
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
