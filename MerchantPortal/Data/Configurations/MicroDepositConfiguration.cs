using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class MicroDepositConfiguration : IEntityTypeConfiguration<MicroDeposit>
{
    public void Configure(EntityTypeBuilder<MicroDeposit> builder)
    {
        builder.Property(d => d.AccountFingerprint).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.ApplicationId, d.SentAtUtc });
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
