using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

/// <summary>
/// One covering index per dashboard question over the applications: each starts with the column the question
/// ranges or groups over (the state, or the China day something happened — in index order, so a day's count is a
/// streaming group) and ends with the declared subject type, industry and platforms the filters test, so SQLite
/// answers from the index alone (docs/decisions/0015-dashboard-queries.md).
/// </summary>
public static class DashboardIndexes
{
    /// <summary>The decisions' durations in order, for their median (read with INDEXED BY: SQLite would pick the day index and sort).</summary>
    public const string DecisionMinutes = "IX_Applications_DashboardDecisionMinutes";

    /// <summary>The sign-up to live durations in order, for their median.</summary>
    public const string SignUpToLiveMinutes = "IX_Applications_DashboardSignUpToLiveMinutes";

    public static void Configure(EntityTypeBuilder<OnboardingApplication> builder)
    {
        builder.HasIndex(a => new { a.State, a.SlaDueAtUtc, a.StateEnteredAtMinute, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardState");
        // Unfiltered counts by state read this narrow index instead of the wide one above.
        builder.HasIndex(a => a.State).HasDatabaseName("IX_Applications_State");
        builder.HasIndex(a => new { a.StartedOn, a.Stage, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardStarted");
        builder.HasIndex(a => new { a.FirstSubmittedOn, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardSubmitted");
        builder.HasIndex(a => new { a.DecidedOn, a.Decision, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardDecided");
        builder.HasIndex(a => new { a.LiveOn, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardLive");
        builder.HasIndex(a => new { a.DecisionMinutes, a.DecidedOn, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms }).HasDatabaseName(DecisionMinutes);
        builder.HasIndex(a => new { a.SignUpToLiveMinutes, a.LiveOn, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms }).HasDatabaseName(SignUpToLiveMinutes);
    }
}
