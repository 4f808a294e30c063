using Xunit.Abstractions;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>The matrix run against a portal with a careless route added: it must fail, and say where and why.</summary>
public class RouteMatrixRegressionTests(ProbeRoutesPortalFactory factory, ITestOutputHelper output)
    : IClassFixture<ProbeRoutesPortalFactory>
{
    [Fact]
    public async Task Matrix_RouteAddedWithoutAuthorization_IsReportedUndeclaredAndUnprotected()
    {
        var report = await factory.ReportAsync();
        output.WriteLine(report.ToString());

        Assert.False(report.Passed);
        var added = Assert.Single(report.Undeclared);
        Assert.Equal(ProbeRoutesPortalFactory.UnprotectedKey, added.Key);
        Assert.True(added.Unprotected);
        var message = report.ToString();
        Assert.Contains($"{added.Key}  <- UNPROTECTED: an anonymous visitor gets 200", message);
        Assert.Contains($"new(\"{added.Key}\", Ok, Ok, Ok, Ok, Ok, Ok, \"why\"),", message);
    }

    [Fact]
    public async Task Matrix_DeclaredRouteServingAnotherOrganizationsDocument_FailsNamingRouteActorExpectedAndActual()
    {
        var report = await factory.ReportAsync();
        output.WriteLine(report.ToString());

        // Everyone signed in reads "A's document": each of them is a finding, and nothing else is.
        var leaks = report.Mismatches;
        Assert.All(leaks, leak => Assert.Equal(ProbeRoutesPortalFactory.LeakingKey, leak.Key));
        Assert.Equal([MatrixActor.ApplicantB, MatrixActor.Reviewer, MatrixActor.Admin, MatrixActor.StaffOfA],
            leaks.Select(l => l.Actor));
        var b = leaks[0];
        Assert.Equal((Outcome.NotFound, Outcome.Ok), (b.Expected, b.Actual.Outcome));
        Assert.Contains($"{b.Key} as ApplicantB (GET /api/probe-documents/", report.ToString());
        Assert.Contains("): expected NotFound, actual Ok (200)", report.ToString());
    }

    [Fact]
    public async Task Matrix_RowForARouteNoLongerServed_IsReported()
    {
        var report = await factory.ReportAsync();

        var removed = ProbeRoutesPortalFactory.RemovedRow.Key;
        Assert.Equal([$"{removed}: no such route (remove the row)"], report.RowProblems);
        Assert.Contains("Rows in RouteMatrix.cs to fix:\n  GET /api/probe-removed: no such route", report.ToString());
    }
}
