using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class SandboxBankTransferConfiguration : IEntityTypeConfiguration<SandboxBankTransfer>
{
    public void Configure(EntityTypeBuilder<SandboxBankTransfer> builder)
    {
        builder.Property(t => t.AccountMasked).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Reference).HasMaxLength(100).IsRequired();
        builder.HasIndex(t => new { t.ApplicationId, t.AtUtc });
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
