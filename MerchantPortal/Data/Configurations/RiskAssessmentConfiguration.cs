using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.ToTable("RiskAssessments");
        builder.Property(r => r.FindingsJson).IsRequired();
        builder.Ignore(r => r.Findings);
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApplicationId, r.Id });
    }
}
