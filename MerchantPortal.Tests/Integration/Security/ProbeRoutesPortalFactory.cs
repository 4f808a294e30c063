using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// The portal with two routes a careless change could add: one with no authorization at all, and one that checks
/// the sign-in but forgets the organization (it serves "A's document" to anyone signed in); and the matrix with a
/// row for a route that is gone. The matrix must catch all three; its report is made once for the tests that read it.
/// </summary>
public sealed class ProbeRoutesPortalFactory : PortalFactory
{
    public const string UnprotectedKey = "GET /api/probe-unprotected";

    public const string LeakingKey = "GET /api/probe-documents/{documentId:guid}";

    private readonly Lazy<Task<MatrixReport>> report;

    public ProbeRoutesPortalFactory() => report = new(RunMatrixAsync);

    /// <summary>The leaking route declared as an organization's file should be: A reads it, no one else.</summary>
    public static RouteRule LeakingRow => new(LeakingKey, Outcome.SignIn, Outcome.Ok, Outcome.NotFound,
        Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, "A's file");

    /// <summary>A row left behind by a route that was removed.</summary>
    public static RouteRule RemovedRow => new("GET /api/probe-removed", Outcome.SignIn, Outcome.Ok, Outcome.NotFound,
        Outcome.Denied, Outcome.Denied, Outcome.Denied);

    public Task<MatrixReport> ReportAsync() => report.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ProbeRoutes>());
    }

    private async Task<MatrixReport> RunMatrixAsync()
    {
        var world = await MatrixWorld.CreateAsync(this);
        return await RouteMatrixCheck.RunAsync(world, RouteDiscovery.Discover(Services),
            [.. RouteMatrix.Rules, LeakingRow, RemovedRow]);
    }

    /// <summary>Maps the probes on the portal's own route builder, after its endpoints, as a feature would.</summary>
    private sealed class ProbeRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapGet(UnprotectedKey[4..], () => "probe");
                endpoints.MapGet(LeakingKey[4..], (Guid documentId) => Results.Text($"document {documentId}"))
                    .RequireAuthorization(PortalPolicies.SignedIn);
            });
        };
    }
}
