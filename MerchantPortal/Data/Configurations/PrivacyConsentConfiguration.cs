using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class PrivacyConsentConfiguration : IEntityTypeConfiguration<PrivacyConsent>
{
    public void Configure(EntityTypeBuilder<PrivacyConsent> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.NoticeVersion).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => new { c.ApplicationId, c.UserId });
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
