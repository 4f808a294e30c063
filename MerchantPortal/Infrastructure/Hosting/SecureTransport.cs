using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MerchantPortal.Infrastructure.Hosting;

/// <summary>
/// HTTPS outside Development, behind a TLS-terminating reverse proxy or not. The proxy's <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-For</c> are believed only from loopback and <see cref="ProxyOptions"/>: a request the proxy received
/// over HTTPS counts as HTTPS (no redirect loop), and rate limits see the caller's address, not the proxy's.
/// Anything that still arrives over plain HTTP is redirected (308) to HTTPS on <c>HTTPS_PORT</c> (the
/// <c>ASPNETCORE_HTTPS_PORT</c> variable), 443 by default, and HTTPS answers carry HSTS for a year.
/// </summary>
public static class SecureTransport
{
    public const string HttpsPortKey = "HTTPS_PORT";

    public static IServiceCollection AddSecureTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(address, out var ip)
                    ? ip
                    : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownProxies: '{address}' is not an IP address."));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/24)."));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = configuration.GetValue<int?>(HttpsPortKey) ?? 443;
        });
        return services;
    }
}
