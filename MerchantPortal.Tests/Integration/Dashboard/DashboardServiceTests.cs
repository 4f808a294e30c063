using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Dashboard;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Dashboard;

public class DashboardServiceTests(DashboardSeed seed) : IClassFixture<DashboardSeed>
{
    private DashboardFilter Today(string? platform = null) =>
        DashboardFilter.LastDays(DateOnly.FromDateTime(ChinaTime.FromUtc(seed.Factory.Clock.GetUtcNow().UtcDateTime))) with { Platform = platform };

    private Task<DashboardView> ViewAsync(DashboardFilter filter) =>
        seed.Factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardService>().GetAsync(seed.Admin.Id, filter));

    private Task<DashboardList> ListAsync(DashboardFilter filter, DashboardSlice slice) =>
        seed.Factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardService>().ListAsync(seed.Admin.Id, filter, slice, 0, 100));

    [Fact]
    public async Task Get_CountsWhatHappenedInThePeriod()
    {
        var view = await ViewAsync(Today());

        Assert.Equal((3, 2, 1, 1, 0, 0), (view.Kpis.Started, view.Kpis.Submitted, view.Kpis.Approved, view.Kpis.Rejected, view.Kpis.Backlog, view.Kpis.WentLive));
        Assert.NotNull(view.Kpis.MedianDecisionMinutes);
        Assert.Equal(1, view.States[ApplicationState.Approved]);
        Assert.Equal(1, view.States[ApplicationState.Rejected]);
        Assert.Equal(1, view.States[ApplicationState.UploadingDocuments]);
        Assert.Equal([3, 3, 3, 2, 2, 2, 1, 0, 0], view.Funnel.Select(f => f.Applications));
        Assert.Equal(new ReasonCount("Illegible", 1), Assert.Single(view.RejectionReasons));
        Assert.Equal([new PlatformCount("alipay", 1, 0), new PlatformCount("wechatpay", 2, 0)], view.Platforms);
        Assert.Equal(ApplicationState.UploadingDocuments, Assert.Single(view.TimeInState).State);
        Assert.Equal(30, view.Trend.Count);
        Assert.Equal((3, 2, 1, 1), (view.Trend.Sum(d => d.Started), view.Trend.Sum(d => d.Submitted), view.Trend.Sum(d => d.Approved), view.Trend.Sum(d => d.Rejected)));
    }

    [Fact]
    public async Task Get_ByPlatform_CountsOnlyApplicationsThatChoseIt()
    {
        var view = await ViewAsync(Today("alipay"));

        Assert.Equal((1, 1, 1, 0), (view.Kpis.Started, view.Kpis.Submitted, view.Kpis.Approved, view.Kpis.Rejected));
        Assert.Empty(view.RejectionReasons);
        Assert.Equal([new PlatformCount("alipay", 1, 0), new PlatformCount("wechatpay", 1, 0)], view.Platforms);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wechatpay")]
    public async Task EveryFigure_EqualsTheLengthOfItsList(string? platform)
    {
        var filter = Today(platform);
        var view = await ViewAsync(filter);
        var figures = new List<(DashboardSlice Slice, int Figure)>
        {
            (new(DashboardMetric.Started), view.Kpis.Started),
            (new(DashboardMetric.Submitted), view.Kpis.Submitted),
            (new(DashboardMetric.Approved), view.Kpis.Approved),
            (new(DashboardMetric.Rejected), view.Kpis.Rejected),
            (new(DashboardMetric.Backlog), view.Kpis.Backlog),
            (new(DashboardMetric.SlaBreached), view.Kpis.SlaBreached),
            (new(DashboardMetric.WentLive), view.Kpis.WentLive),
        };
        figures.AddRange(view.States.Select(s => (new DashboardSlice(DashboardMetric.State, s.Key.ToString()), s.Value)));
        figures.AddRange(view.Funnel.Select(f => (new DashboardSlice(DashboardMetric.Stage, f.Stage.ToString()), f.Applications)));
        figures.AddRange(view.TimeInState.Select(s => (new DashboardSlice(DashboardMetric.State, s.State.ToString()), s.Applications)));
        figures.AddRange(view.RejectionReasons.Select(r => (new DashboardSlice(DashboardMetric.RejectionReason, r.Code), r.Applications)));
        figures.AddRange(view.Platforms.Select(p => (new DashboardSlice(DashboardMetric.PlatformOpened, p.Code), p.Opened)));
        figures.AddRange(view.Platforms.Select(p => (new DashboardSlice(DashboardMetric.PlatformLive, p.Code), p.Live)));
        figures.AddRange(view.Trend.Where(d => d.Started > 0).Select(d => (new DashboardSlice(DashboardMetric.StartedOn, DashboardFilter.Day(d.Day)), d.Started)));
        figures.AddRange(view.Trend.Where(d => d.Submitted > 0).Select(d => (new DashboardSlice(DashboardMetric.SubmittedOn, DashboardFilter.Day(d.Day)), d.Submitted)));
        figures.AddRange(view.Trend.Where(d => d.Approved > 0).Select(d => (new DashboardSlice(DashboardMetric.ApprovedOn, DashboardFilter.Day(d.Day)), d.Approved)));
        figures.AddRange(view.Trend.Where(d => d.Rejected > 0).Select(d => (new DashboardSlice(DashboardMetric.RejectedOn, DashboardFilter.Day(d.Day)), d.Rejected)));

        foreach (var (slice, figure) in figures)
        {
            Assert.True(figure == (await ListAsync(filter, slice)).Total, $"{slice}: figure {figure}");
        }
    }

    [Fact]
    public async Task List_NamesTheOrganizations()
    {
        var list = await ListAsync(Today(), new(DashboardMetric.Approved));

        var row = Assert.Single(list.Rows);
        Assert.Equal((seed.Approved, "看板测试甲", ApplicationState.Approved, "|alipay|wechatpay|"), (row.ApplicationId, row.Organization, row.State, row.Platforms));
    }

    [Fact]
    public async Task OnlyAdmins_SeeTheDashboard_AndABadFilterOrSliceIsRefused()
    {
        var services = seed.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>();
        var filter = Today();

        var reviewer = await Assert.ThrowsAsync<DomainException>(() => services.GetAsync(seed.Reviewer.Id, filter));
        var backwards = await Assert.ThrowsAsync<ValidationException>(() => services.GetAsync(seed.Admin.Id, filter with { To = filter.From.AddDays(-1) }));
        var tooLong = await Assert.ThrowsAsync<ValidationException>(() => services.GetAsync(seed.Admin.Id, filter with { From = filter.To.AddDays(-400) }));
        var slice = await Assert.ThrowsAsync<DomainException>(() => services.ListAsync(seed.Admin.Id, filter, new(DashboardMetric.State, "Nowhere"), 0, 10));

        Assert.Equal(DomainErrors.NotAdmin, reviewer.Code);
        Assert.Single(backwards.Errors);
        Assert.Single(tooLong.Errors);
        Assert.Equal(DomainErrors.DashboardSliceInvalid, slice.Code);
    }
}
