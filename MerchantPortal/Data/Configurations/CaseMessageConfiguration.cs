using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.ToTable("CaseMessages");
        builder.Property(m => m.Body).HasMaxLength(CaseMessage.MaxLength).IsRequired();
        builder.Property(m => m.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ApplicationId, m.SentAtUtc });
    }
}
