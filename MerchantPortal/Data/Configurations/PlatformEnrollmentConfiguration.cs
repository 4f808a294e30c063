using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class PlatformEnrollmentConfiguration : IEntityTypeConfiguration<PlatformEnrollment>
{
    public void Configure(EntityTypeBuilder<PlatformEnrollment> builder)
    {
        builder.ToTable("PlatformEnrollments");
        builder.Property(e => e.PlatformCode).HasMaxLength(PlatformEnrollment.MaxPlatformCodeLength).IsRequired();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(t => t.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One enrollment per platform per application, even when two submissions race.
        builder.HasIndex(e => new { e.ApplicationId, e.PlatformCode }).IsUnique();
    }
}
