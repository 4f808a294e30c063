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
        builder.HasIndex(a => a.State);
        // One open application per organization, even when two requests race past the service's own check.
        builder.HasIndex(a => a.OrganizationId).IsUnique()
            .HasFilter($"\"{nameof(OnboardingApplication.State)}\" NOT IN ({(int)ApplicationState.Rejected}, {(int)ApplicationState.Withdrawn})")
            .HasDatabaseName("IX_Applications_OneOpenPerOrganization");
    }
}
