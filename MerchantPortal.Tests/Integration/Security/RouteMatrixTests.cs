using System.Diagnostics;
using MerchantPortal.Tests.Support;
using Xunit.Abstractions;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// Every route the running portal serves, asked by every actor, answers as <see cref="RouteMatrix"/> declares; a
/// route nobody declared fails the test, so a new route is reviewed the day it is added.
/// </summary>
public class RouteMatrixTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryRoute_AskedByEveryActor_AnswersAsTheMatrixDeclares()
    {
        var world = await MatrixWorld.CreateAsync(factory);
        var routes = RouteDiscovery.Discover(factory.Services);

        var clock = Stopwatch.StartNew();
        var report = await RouteMatrixCheck.RunAsync(world, routes, RouteMatrix.Rules);
        output.WriteLine($"{routes.Count} routes x {world.Clients.Count} actors: {clock.ElapsedMilliseconds} ms");
        output.WriteLine(report.ToString());

        Assert.True(report.Passed, report.ToString());
    }
}
