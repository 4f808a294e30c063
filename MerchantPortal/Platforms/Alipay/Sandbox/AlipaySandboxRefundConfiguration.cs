using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

public sealed class AlipaySandboxRefundConfiguration : IEntityTypeConfiguration<AlipaySandboxRefund>
{
    public void Configure(EntityTypeBuilder<AlipaySandboxRefund> builder)
    {
        builder.ToTable("AlipaySandboxRefunds");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OutRequestNo).HasMaxLength(AlipaySandboxRefund.MaxOutRequestNoLength).IsRequired();
        builder.HasIndex(r => new { r.TradeId, r.OutRequestNo }).IsUnique();
    }
}
