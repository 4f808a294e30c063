using System.Net;
using System.Net.Sockets;

namespace MerchantPortal.Infrastructure.Outbound;

/// <summary>
/// Which addresses the portal may call on a merchant's behalf: public ones only, so a URL a merchant types
/// cannot make the portal reach its own loopback, the private network or a cloud metadata service — except
/// the hosts listed in <c>Outbound:AllowedHosts</c> (<c>host</c> or <c>host:port</c>) and, with
/// <c>Outbound:AllowOwnOrigin</c>, the portal's own listening addresses (its sample merchant receiver lives there).
/// </summary>
/// <param name="ownOrigins">The addresses the portal listens on (<see cref="Hosting.OwnOrigin"/>), read when asked.</param>
public sealed class OutboundAddresses(IEnumerable<string> allowedHosts, Func<IEnumerable<Uri>>? ownOrigins = null)
{
    public const string AllowedHostsKey = "Outbound:AllowedHosts";
    public const string AllowOwnOriginKey = "Outbound:AllowOwnOrigin";

    private readonly HashSet<string> allowed = new(allowedHosts.Select(h => h.Trim()).Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);

    public bool IsAllowListed(string host, int port) =>
        allowed.Contains(host) || allowed.Contains($"{host}:{port}") || (ownOrigins?.Invoke() ?? []).Any(origin => IsOrigin(origin, host, port));

    /// <summary>Whether host:port is one of the portal's own addresses; any loopback name reaches a loopback binding.</summary>
    private static bool IsOrigin(Uri origin, string host, int port) =>
        origin.Port == port && (string.Equals(origin.IdnHost.Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) || (IsLoopback(origin.IdnHost) && IsLoopback(host)));

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Web servers listen on 80 and 443; other ports are the internal services an attacker would aim at.</summary>
    public static bool IsWebPort(int port) => port is 80 or 443;

    /// <summary>
    /// False for loopback, private (RFC 1918, unique-local), link-local, shared (100.64/10), multicast, documentation
    /// and other reserved ranges, and for the IPv6 forms that wrap an IPv4 address (mapped, compatible, NAT64, 6to4,
    /// Teredo), whose IPv4 part could be any of those.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 192 && b[1] == 88 && b[2] == 99)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113)),
            AddressFamily.InterNetworkV6 => !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
                || (b[0] == 0x20 && b[1] == 0x02)
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
                || b.Take(12).All(x => x == 0)),
            _ => false,
        };
    }
}
