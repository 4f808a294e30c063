using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

/// <summary>
/// One covering index per dashboard question over the applications: each starts with the column the question
/// ranges over (state, or the day something happened) and ends with the declared platforms, subject type and
/// industry the filters test, so SQLite answers from the index alone (docs/decisions/0014-dashboard-queries.md).
/// </summary>
public static class DashboardIndexes
{
    public static void Configure(EntityTypeBuilder<OnboardingApplication> builder)
    {
        builder.HasIndex(a => new { a.State, a.SlaDueAtUtc, a.StateEnteredAtUtc, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardState");
        builder.HasIndex(a => new { a.CreatedAtUtc, a.Stage, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardStarted");
        builder.HasIndex(a => new { a.FirstSubmittedAtUtc, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardSubmitted");
        builder.HasIndex(a => new { a.DecidedAtUtc, a.Decision, a.DecisionMinutes, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardDecided");
        builder.HasIndex(a => new { a.LiveAtUtc, a.SignUpToLiveMinutes, a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms })
            .HasDatabaseName("IX_Applications_DashboardLive");
    }
}
