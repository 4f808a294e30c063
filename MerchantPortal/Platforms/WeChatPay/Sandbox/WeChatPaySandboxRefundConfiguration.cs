using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

public sealed class WeChatPaySandboxRefundConfiguration : IEntityTypeConfiguration<WeChatPaySandboxRefund>
{
    public void Configure(EntityTypeBuilder<WeChatPaySandboxRefund> builder)
    {
        builder.ToTable("WeChatPaySandboxRefunds");
        builder.Property(r => r.OutRefundNo).HasMaxLength(WeChatPaySandboxRefund.MaxOutRefundNoLength).IsRequired();
        builder.Property(r => r.RefundId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(80);
        builder.Property(r => r.NotifyUrl).HasMaxLength(NotifyUrl.MaxLength);
        builder.HasOne<WeChatPaySandboxTransaction>().WithMany().HasForeignKey(r => r.TransactionRowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CredentialsId, r.OutRefundNo }).IsUnique();
    }
}
