using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class OnboardingApplicationConfiguration : IEntityTypeConfiguration<OnboardingApplication>
{
    public void Configure(EntityTypeBuilder<OnboardingApplication> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsOpen);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(a => a.AssigneeUserId).HasMaxLength(450);
        builder.Property(a => a.ApprovedByUserId).HasMaxLength(450);
        builder.Property(a => a.ApprovalEvidence).HasMaxLength(64);
        builder.OwnsOne(a => a.Listing, listing =>
        {
            listing.Property(l => l.LegalName).HasMaxLength(100);
            listing.Property(l => l.CreditCode).HasMaxLength(18);
            listing.Property(l => l.Platforms).HasMaxLength(200);
            listing.HasIndex(l => l.CreditCode);
        });
        // The review queue's covering index spans the listing's columns too, which EF cannot express across an
        // owned type: it is created in the ReviewQueue migration (see ReviewQueueIndex) and checked by a test.
        builder.HasIndex(a => new { a.AssigneeUserId, a.State });
        builder.Property(a => a.DeclaredPlatforms).HasMaxLength(200);
        builder.Property(a => a.LivePlatforms).HasMaxLength(200);
        DashboardIndexes.Configure(builder);
        // One open application per organization, even when two requests race past the service's own check.
        builder.HasIndex(a => a.OrganizationId).IsUnique()
            .HasFilter($"\"{nameof(OnboardingApplication.State)}\" NOT IN ({(int)ApplicationState.Rejected}, {(int)ApplicationState.Withdrawn})")
            .HasDatabaseName("IX_Applications_OneOpenPerOrganization");
    }
}
