using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// Every route the portal answers, read from the running app's endpoint data sources (minimal APIs, groups, Razor
/// component pages, the Identity pages, Blazor's own endpoints), so a route is in the matrix the day it is mapped.
/// </summary>
public static class RouteDiscovery
{
    /// <summary>Methods probed for an endpoint that accepts any method.</summary>
    private static readonly string[] AnyMethod = [HttpMethods.Get];

    public static IReadOnlyList<DiscoveredRoute> Discover(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => !IsStaticAsset(endpoint))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? AnyMethod)
                .Select(method => new DiscoveredRoute(method, endpoint.RoutePattern)))
            .DistinctBy(route => route.Key)
            .OrderBy(route => route.Pattern.RawText, StringComparer.Ordinal)
            .ThenBy(route => route.Method, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Files from wwwroot and packages (<c>MapStaticAssets</c>, fingerprinted copies included) are public by
    /// design and carry their descriptor; everything else is a route the matrix must declare.
    /// </summary>
    private static bool IsStaticAsset(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
