using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MerchantPortal.Infrastructure.Hosting;

/// <summary>
/// Where the portal reaches itself (its sandbox gateways, its sample merchant receiver): the first address it listens on,
/// a wildcard binding (<c>http://+:80</c>) read as loopback. Known only once the server has started.
/// </summary>
public sealed class OwnOrigin(IServer server)
{
    public string Url
    {
        get
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The server has not started: it listens on no address yet.");
            return address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").TrimEnd('/');
        }
    }
}
