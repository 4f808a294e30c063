using Microsoft.AspNetCore.Routing.Patterns;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// One method of one route endpoint the running portal serves; <see cref="Key"/> is how the matrix names it.
/// </summary>
public sealed record DiscoveredRoute(string Method, RoutePattern Pattern)
{
    public string Key => $"{Method} {Pattern.RawText}";
}
