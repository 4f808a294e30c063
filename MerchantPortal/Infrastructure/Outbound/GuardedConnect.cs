using System.Net;
using System.Net.Sockets;

namespace MerchantPortal.Infrastructure.Outbound;

/// <summary>
/// A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host once, drops the addresses
/// <see cref="OutboundAddresses"/> refuses, and connects to an address it checked — so a DNS answer that changes
/// between the check and the connection (rebinding) cannot slip a private address through.
/// </summary>
public static class GuardedConnect
{
    public static SocketsHttpHandler Handler(OutboundAddresses policy) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        // Through a proxy the guard would check the proxy's address, not the target's.
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(OutboundAddresses policy, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var allowListed = policy.IsAllowListed(endPoint.Host, endPoint.Port);
        if (!allowListed && !OutboundAddresses.IsWebPort(endPoint.Port))
        {
            throw new HttpRequestException($"refused: port {endPoint.Port}; only 80 and 443 are called unless the host is in {OutboundAddresses.AllowedHostsKey}");
        }

        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var permitted = allowListed ? addresses : [.. addresses.Where(OutboundAddresses.IsPublic)];
        if (permitted.Length == 0)
        {
            throw new HttpRequestException(
                $"refused: {endPoint.Host} is a private, loopback or link-local address, and not in {OutboundAddresses.AllowedHostsKey}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
