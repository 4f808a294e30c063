using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard;

/// <summary>
/// The applications behind each figure, as a query. A figure that is a plain count is this query's COUNT, and its
/// list is this query's page: the number on the dashboard and the rows behind it cannot disagree.
/// </summary>
public static class DashboardScope
{
    /// <summary>The rows the filter's platform, subject type and industry select (the period is the metric's business).</summary>
    public static IQueryable<T> Declared<T>(this IQueryable<T> rows, DashboardFilter filter)
        where T : class, IDeclared
    {
        if (filter.Platform is { } platform)
        {
            var pattern = ReviewListing.PlatformPattern(platform);
            rows = rows.Where(r => EF.Functions.Like(r.DeclaredPlatforms, pattern));
        }

        if (filter.SubjectType is { } subject)
        {
            rows = rows.Where(r => r.DeclaredSubjectType == subject);
        }

        if (filter.Industry is { } industry)
        {
            rows = rows.Where(r => r.DeclaredIndustry == industry);
        }

        return rows;
    }

    public static IQueryable<OnboardingApplication> Slice(PortalDbContext db, DashboardFilter filter, DashboardSlice slice, DateTime nowUtc)
    {
        var all = db.Applications.AsNoTracking();
        var applications = all.Declared(filter);
        var (from, to) = (filter.From, filter.To);
        var (fromUtc, toUtc) = (filter.FromUtc, filter.ToUtc);
        return slice.Metric switch
        {
            DashboardMetric.State => InState(applications, Parse<ApplicationState>(slice.Key)),
            DashboardMetric.Started => applications.Where(a => a.StartedOn >= from && a.StartedOn <= to),
            DashboardMetric.Submitted => applications.Where(a => a.FirstSubmittedOn >= from && a.FirstSubmittedOn <= to),
            DashboardMetric.Approved => Decided(applications, ApplicationState.Approved, from, to),
            DashboardMetric.Rejected => Decided(applications, ApplicationState.Rejected, from, to),
            DashboardMetric.Decided => applications.Where(a => a.DecidedOn >= from && a.DecidedOn <= to),
            DashboardMetric.Backlog => applications.Where(a => ApplicationWorkflow.AwaitingStaff.Contains(a.State)),
            DashboardMetric.SlaBreached => applications.Where(a => ApplicationWorkflow.AwaitingStaff.Contains(a.State) && a.SlaDueAtUtc < nowUtc),
            DashboardMetric.WentLive => applications.Where(a => a.LiveOn >= from && a.LiveOn <= to),
            DashboardMetric.Stage => ReachedStage(applications, Parse<FunnelStage>(slice.Key), from, to),
            DashboardMetric.RejectionReason => RejectedFor(db.DocumentDecisions.Declared(filter), all, Key(slice), fromUtc, toUtc),
            DashboardMetric.PlatformOpened => SubmittedFor(applications, Key(slice), from, to),
            DashboardMetric.PlatformLive => LiveOn(applications, Key(slice)),
            _ => OnDay(applications, slice),
        };
    }

    private static IQueryable<OnboardingApplication> InState(IQueryable<OnboardingApplication> applications, ApplicationState state) =>
        applications.Where(a => a.State == state);

    /// <summary>First submitted in the period, declaring <paramref name="platform"/>: the demand for a platform.</summary>
    private static IQueryable<OnboardingApplication> SubmittedFor(IQueryable<OnboardingApplication> applications, string platform, DateOnly from, DateOnly to)
    {
        var pattern = ReviewListing.PlatformPattern(platform);
        return applications.Where(a => a.FirstSubmittedOn >= from && a.FirstSubmittedOn <= to && EF.Functions.Like(a.DeclaredPlatforms, pattern));
    }

    /// <summary>The first decision on the case was <paramref name="decision"/>, taken between the two China days.</summary>
    public static IQueryable<OnboardingApplication> Decided(IQueryable<OnboardingApplication> applications, ApplicationState decision, DateOnly from, DateOnly to) =>
        applications.Where(a => a.DecidedOn >= from && a.DecidedOn <= to && a.Decision == decision);

    private static IQueryable<OnboardingApplication> ReachedStage(IQueryable<OnboardingApplication> applications, FunnelStage stage, DateOnly from, DateOnly to) =>
        applications.Where(a => a.StartedOn >= from && a.StartedOn <= to && a.Stage >= stage);

    private static IQueryable<OnboardingApplication> LiveOn(IQueryable<OnboardingApplication> applications, string platform)
    {
        var pattern = ReviewListing.PlatformPattern(platform);
        return applications.Where(a => EF.Functions.Like(a.LivePlatforms, pattern));
    }

    /// <summary>A document refused for <paramref name="code"/> in the period; the filter applies to what the application declared then.</summary>
    private static IQueryable<OnboardingApplication> RejectedFor(IQueryable<DocumentDecision> decisions, IQueryable<OnboardingApplication> applications, string code, DateTime from, DateTime to) =>
        applications.Where(a => decisions.Any(d => d.ApplicationId == a.Id && !d.Approved && d.ReasonCode == code && d.DecidedAtUtc >= from && d.DecidedAtUtc < to));

    private static IQueryable<OnboardingApplication> OnDay(IQueryable<OnboardingApplication> applications, DashboardSlice slice)
    {
        var day = DashboardFilter.ParseDay(slice.Key) ?? throw new DomainException(DomainErrors.DashboardSliceInvalid);
        return slice.Metric switch
        {
            DashboardMetric.StartedOn => applications.Where(a => a.StartedOn == day),
            DashboardMetric.SubmittedOn => applications.Where(a => a.FirstSubmittedOn == day),
            DashboardMetric.ApprovedOn => Decided(applications, ApplicationState.Approved, day, day),
            DashboardMetric.RejectedOn => Decided(applications, ApplicationState.Rejected, day, day),
            _ => throw new DomainException(DomainErrors.DashboardSliceInvalid),
        };
    }

    private static T Parse<T>(string? key)
        where T : struct, Enum =>
        Enum.TryParse<T>(key, out var value) && Enum.IsDefined(value) ? value : throw new DomainException(DomainErrors.DashboardSliceInvalid);

    private static string Key(DashboardSlice slice) =>
        string.IsNullOrWhiteSpace(slice.Key) || slice.Key.Length > 50 ? throw new DomainException(DomainErrors.DashboardSliceInvalid) : slice.Key;
}
