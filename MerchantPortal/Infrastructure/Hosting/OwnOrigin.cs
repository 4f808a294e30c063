using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MerchantPortal.Infrastructure.Hosting;

/// <summary>
/// Where the portal reaches itself (its sandbox gateways, its sample merchant receiver): the addresses it listens on,
/// a wildcard binding (<c>http://+:80</c>, <c>0.0.0.0</c>, <c>[::]</c>) read as loopback. Known only once the server
/// has started (with port 0 the port is chosen then), so read when asked.
/// </summary>
public sealed class OwnOrigin(IServer server)
{
    public IEnumerable<Uri> Addresses =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(Reachable).OfType<Uri>();

    /// <summary>The first listening address, for calls the portal makes to itself.</summary>
    public string Url => Addresses.FirstOrDefault()?.GetLeftPart(UriPartial.Authority)
        ?? throw new InvalidOperationException("The server has not started: it listens on no address yet.");

    private static Uri? Reachable(string address)
    {
        var bound = address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0");
        return Uri.TryCreate(bound, UriKind.Absolute, out var uri)
            ? uri.Host is "0.0.0.0" or "[::]" ? new UriBuilder(uri) { Host = "127.0.0.1" }.Uri : uri
            : null;
    }
}
