using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

public sealed class WeChatPaySandboxTransactionConfiguration : IEntityTypeConfiguration<WeChatPaySandboxTransaction>
{
    public void Configure(EntityTypeBuilder<WeChatPaySandboxTransaction> builder)
    {
        builder.ToTable("WeChatPaySandboxTransactions");
        builder.Property(t => t.AppId).HasMaxLength(EnrollmentCredentials.MaxAppIdLength).IsRequired();
        builder.Property(t => t.OutTradeNo).HasMaxLength(WeChatPaySandboxTransaction.MaxOutTradeNoLength).IsRequired();
        builder.Property(t => t.TransactionId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.CodeToken).HasMaxLength(32).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(WeChatPaySandboxTransaction.MaxDescriptionLength).IsRequired();
        builder.Property(t => t.NotifyUrl).HasMaxLength(NotifyUrl.MaxLength);
        builder.Property(t => t.PayerOpenId).HasMaxLength(64);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<EnrollmentCredentials>().WithMany().HasForeignKey(t => t.CredentialsId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.CredentialsId, t.OutTradeNo }).IsUnique();
        builder.HasIndex(t => t.TransactionId).IsUnique();
        builder.HasIndex(t => t.CodeToken).IsUnique();
    }
}
