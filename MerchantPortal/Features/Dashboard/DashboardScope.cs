using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard;

/// <summary>
/// The applications behind each figure, as a query. A figure that is a plain count is this query's COUNT, and its
/// list is this query's page: the number on the dashboard and the rows behind it cannot disagree.
/// </summary>
public static class DashboardScope
{
    /// <summary>The applications the filter's platform, subject type and industry select (the period is the metric's business).</summary>
    public static IQueryable<OnboardingApplication> Declared(this IQueryable<OnboardingApplication> applications, DashboardFilter filter)
    {
        if (filter.Platform is { } platform)
        {
            var pattern = ReviewListing.PlatformPattern(platform);
            applications = applications.Where(a => EF.Functions.Like(a.DeclaredPlatforms, pattern));
        }

        if (filter.SubjectType is { } subject)
        {
            applications = applications.Where(a => a.DeclaredSubjectType == subject);
        }

        if (filter.Industry is { } industry)
        {
            applications = applications.Where(a => a.DeclaredIndustry == industry);
        }

        return applications;
    }

    public static IQueryable<OnboardingApplication> Slice(PortalDbContext db, DashboardFilter filter, DashboardSlice slice, DateTime nowUtc)
    {
        var applications = db.Applications.AsNoTracking().Declared(filter);
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        return slice.Metric switch
        {
            DashboardMetric.State => InState(applications, Parse<ApplicationState>(slice.Key)),
            DashboardMetric.Started => applications.Where(a => a.CreatedAtUtc >= from && a.CreatedAtUtc < to),
            DashboardMetric.Submitted => applications.Where(a => a.FirstSubmittedAtUtc >= from && a.FirstSubmittedAtUtc < to),
            DashboardMetric.Approved => Decided(applications, ApplicationState.Approved, from, to),
            DashboardMetric.Rejected => Decided(applications, ApplicationState.Rejected, from, to),
            DashboardMetric.Backlog => applications.Where(a => ApplicationWorkflow.AwaitingStaff.Contains(a.State)),
            DashboardMetric.SlaBreached => applications.Where(a => ApplicationWorkflow.AwaitingStaff.Contains(a.State) && a.SlaDueAtUtc < nowUtc),
            DashboardMetric.WentLive => applications.Where(a => a.LiveAtUtc >= from && a.LiveAtUtc < to),
            DashboardMetric.Stage => ReachedStage(applications, Parse<FunnelStage>(slice.Key), from, to),
            DashboardMetric.LeftState => LeftState(db, applications, Parse<ApplicationState>(slice.Key), from, to),
            DashboardMetric.RejectionReason => RejectedFor(db, applications, Key(slice), from, to),
            DashboardMetric.PlatformOpened => OpenedWith(db, applications, Key(slice), from, to),
            DashboardMetric.PlatformLive => LiveWith(db, applications, Key(slice)),
            _ => OnDay(applications, slice),
        };
    }

    private static IQueryable<OnboardingApplication> InState(IQueryable<OnboardingApplication> applications, ApplicationState state) =>
        applications.Where(a => a.State == state);

    private static IQueryable<OnboardingApplication> OpenedWith(PortalDbContext db, IQueryable<OnboardingApplication> applications, string platform, DateTime from, DateTime to) =>
        applications.Where(a => db.Enrollments.Any(e => e.ApplicationId == a.Id && e.PlatformCode == platform && e.CreatedAtUtc >= from && e.CreatedAtUtc < to));

    private static IQueryable<OnboardingApplication> LiveWith(PortalDbContext db, IQueryable<OnboardingApplication> applications, string platform) =>
        applications.Where(a => db.Enrollments.Any(e => e.ApplicationId == a.Id && e.PlatformCode == platform && e.State == EnrollmentState.Live));

    public static IQueryable<OnboardingApplication> Decided(IQueryable<OnboardingApplication> applications, ApplicationState decision, DateTime from, DateTime to) =>
        applications.Where(a => a.DecidedAtUtc >= from && a.DecidedAtUtc < to && a.Decision == decision);

    public static IQueryable<OnboardingApplication> ReachedStage(IQueryable<OnboardingApplication> applications, FunnelStage stage, DateTime from, DateTime to) =>
        applications.Where(a => a.CreatedAtUtc >= from && a.CreatedAtUtc < to && a.Stage >= stage);

    private static IQueryable<OnboardingApplication> LeftState(PortalDbContext db, IQueryable<OnboardingApplication> applications, ApplicationState state, DateTime from, DateTime to) =>
        applications.Where(a => db.ApplicationTransitions.Any(t => t.ApplicationId == a.Id && t.From == state && t.AtUtc >= from && t.AtUtc < to));

    private static IQueryable<OnboardingApplication> RejectedFor(PortalDbContext db, IQueryable<OnboardingApplication> applications, string code, DateTime from, DateTime to) =>
        applications.Where(a => db.DocumentDecisions.Any(d => d.ApplicationId == a.Id && !d.Approved && d.ReasonCode == code && d.DecidedAtUtc >= from && d.DecidedAtUtc < to));

    private static IQueryable<OnboardingApplication> OnDay(IQueryable<OnboardingApplication> applications, DashboardSlice slice)
    {
        var day = DashboardFilter.ParseDay(slice.Key) ?? throw new DomainException(DomainErrors.DashboardSliceInvalid);
        var (from, to) = (ChinaTime.StartOfDayUtc(day), ChinaTime.StartOfDayUtc(day.AddDays(1)));
        return slice.Metric switch
        {
            DashboardMetric.StartedOn => applications.Where(a => a.CreatedAtUtc >= from && a.CreatedAtUtc < to),
            DashboardMetric.SubmittedOn => applications.Where(a => a.FirstSubmittedAtUtc >= from && a.FirstSubmittedAtUtc < to),
            DashboardMetric.ApprovedOn => Decided(applications, ApplicationState.Approved, from, to),
            DashboardMetric.RejectedOn => Decided(applications, ApplicationState.Rejected, from, to),
            _ => throw new DomainException(DomainErrors.DashboardSliceInvalid),
        };
    }

    private static T Parse<T>(string? key)
        where T : struct, Enum =>
        Enum.TryParse<T>(key, out var value) && Enum.IsDefined(value) ? value : throw new DomainException(DomainErrors.DashboardSliceInvalid);

    private static string Key(DashboardSlice slice) =>
        string.IsNullOrWhiteSpace(slice.Key) || slice.Key.Length > 50 ? throw new DomainException(DomainErrors.DashboardSliceInvalid) : slice.Key;
}
