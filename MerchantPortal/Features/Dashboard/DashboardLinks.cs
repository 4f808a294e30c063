using System.Globalization;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Dashboard;

/// <summary>Where each figure leads, and how a figure and a list are described in the reader's language.</summary>
public static class DashboardLinks
{
    public const string DashboardPath = "/admin";

    public const string ListPath = "/admin/applications";

    public static string Dashboard(DashboardFilter filter) => $"{DashboardPath}?{filter.ToQueryString()}";

    public static string List(DashboardFilter filter, DashboardSlice slice) => $"{ListPath}?{filter.ToQueryString()}&{slice.ToQueryString()}";

    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Minutes(int? minutes) => minutes switch
    {
        null => DashboardText.KpiNone,
        < 60 => string.Format(DashboardText.DurationMinutes, minutes),
        _ => Durations.Short(TimeSpan.FromMinutes(minutes.Value)),
    };

    public static string Share(int part, int whole) => whole == 0 ? "" : string.Format(DashboardText.FunnelShare, ((double)part / whole).ToString("P0", CultureInfo.CurrentCulture));

    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Period(DashboardFilter filter) => string.Format(DashboardText.FilterSummaryPeriod, Day(filter.From), Day(filter.To));

    /// <summary>The period and the narrowing, as the list's subtitle and the report's header say them.</summary>
    public static string Scope(DashboardFilter filter, Func<string, string> platformName)
    {
        var parts = new List<string> { Period(filter) };
        parts.AddRange(new[]
        {
            filter.Platform is { } platform ? platformName(platform) : null,
            filter.SubjectType is { } subject ? EnumText.Of(subject) : null,
            filter.Industry is { } industry ? EnumText.Of(industry) : null,
        }.OfType<string>());
        return string.Join(" · ", parts);
    }

    /// <summary>The list's heading; <paramref name="platformName"/> and <paramref name="reasonText"/> turn codes into names.</summary>
    public static string Describe(DashboardSlice slice, Func<string, string> platformName, Func<string, string> reasonText) => slice.Metric switch
    {
        DashboardMetric.State => string.Format(DashboardText.MetricState, Enum.TryParse<ApplicationState>(slice.Key, out var s) ? EnumText.Of(s) : slice.Key),
        DashboardMetric.Started => DashboardText.MetricStarted,
        DashboardMetric.Submitted => DashboardText.MetricSubmitted,
        DashboardMetric.Approved => DashboardText.MetricApproved,
        DashboardMetric.Rejected => DashboardText.MetricRejected,
        DashboardMetric.Decided => DashboardText.MetricDecided,
        DashboardMetric.Backlog => DashboardText.MetricBacklog,
        DashboardMetric.SlaBreached => DashboardText.MetricSlaBreached,
        DashboardMetric.WentLive => DashboardText.MetricWentLive,
        DashboardMetric.Stage => string.Format(DashboardText.MetricStage, Enum.TryParse<FunnelStage>(slice.Key, out var f) ? EnumText.Of(f) : slice.Key),
        DashboardMetric.RejectionReason => string.Format(DashboardText.MetricRejectionReason, reasonText(slice.Key ?? "")),
        DashboardMetric.PlatformOpened => string.Format(DashboardText.MetricPlatformOpened, platformName(slice.Key ?? "")),
        DashboardMetric.PlatformLive => string.Format(DashboardText.MetricPlatformLive, platformName(slice.Key ?? "")),
        DashboardMetric.StartedOn => string.Format(DashboardText.MetricStartedOn, slice.Key),
        DashboardMetric.SubmittedOn => string.Format(DashboardText.MetricSubmittedOn, slice.Key),
        DashboardMetric.ApprovedOn => string.Format(DashboardText.MetricApprovedOn, slice.Key),
        _ => string.Format(DashboardText.MetricRejectedOn, slice.Key),
    };
}
