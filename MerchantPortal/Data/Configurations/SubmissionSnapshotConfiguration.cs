using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class SubmissionSnapshotConfiguration : IEntityTypeConfiguration<SubmissionSnapshot>
{
    public void Configure(EntityTypeBuilder<SubmissionSnapshot> builder)
    {
        builder.ToTable("SubmissionSnapshots");
        builder.HasKey(s => new { s.ApplicationId, s.Round });
        builder.Property(s => s.DataJson).IsRequired();
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
