using System.Globalization;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MerchantPortal.Data.Counters;

/// <summary>One <see cref="DashboardCount"/> row's identity.</summary>
public readonly record struct DashboardCountKey(CountedFigure Figure, string Platform, int SubjectType, int Industry, DateOnly Day, string Key)
{
    /// <summary>
    /// The counts one application adds one to, read from its stored values (before or after a change): each figure it
    /// counts towards, once for "any" and once for each platform, the subject type and the industry it declares — so a
    /// filtered figure reads only its own rows, and an application that declared nothing yet is counted only unfiltered.
    /// </summary>
    public static IEnumerable<DashboardCountKey> Of(PropertyValues application)
    {
        var declared = Codes(application.GetValue<string?>(nameof(OnboardingApplication.DeclaredPlatforms)));
        var subject = application.GetValue<SubjectType?>(nameof(OnboardingApplication.DeclaredSubjectType));
        var industry = application.GetValue<Industry?>(nameof(OnboardingApplication.DeclaredIndustry));
        var stage = application.GetValue<FunnelStage>(nameof(OnboardingApplication.Stage));
        var figures = new List<(CountedFigure Figure, DateOnly Day, string Key)>
        {
            (CountedFigure.Started, application.GetValue<DateOnly>(nameof(OnboardingApplication.StartedOn)), ((int)stage).ToString(CultureInfo.InvariantCulture)),
        };
        if (application.GetValue<DateOnly?>(nameof(OnboardingApplication.FirstSubmittedOn)) is { } submitted)
        {
            figures.Add((CountedFigure.Submitted, submitted, ""));
            figures.AddRange(declared.Select(code => (CountedFigure.SubmittedFor, submitted, code)));
        }

        if (application.GetValue<DateOnly?>(nameof(OnboardingApplication.DecidedOn)) is { } decided
            && application.GetValue<ApplicationState?>(nameof(OnboardingApplication.Decision)) is { } decision)
        {
            figures.Add((decision == ApplicationState.Approved ? CountedFigure.Approved : CountedFigure.Rejected, decided, ""));
        }

        figures.AddRange(Codes(application.GetValue<string?>(nameof(OnboardingApplication.LivePlatforms)))
            .Select(code => (CountedFigure.LiveNow, DashboardCount.Timeless, code)));

        string[] platforms = [DashboardCount.AnyPlatform, .. declared];
        int[] subjects = subject is { } s ? [DashboardCount.Any, (int)s] : [DashboardCount.Any];
        int[] industries = industry is { } i ? [DashboardCount.Any, (int)i] : [DashboardCount.Any];
        return from f in figures
               from platform in platforms
               from subjectType in subjects
               from industryValue in industries
               select new DashboardCountKey(f.Figure, platform, subjectType, industryValue, f.Day, f.Key);
    }

    private static IReadOnlyList<string> Codes(string? platformKey) => platformKey is null ? [] : ReviewListing.CodesOf(platformKey);
}
