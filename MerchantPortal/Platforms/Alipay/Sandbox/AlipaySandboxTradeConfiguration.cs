using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

public sealed class AlipaySandboxTradeConfiguration : IEntityTypeConfiguration<AlipaySandboxTrade>
{
    public void Configure(EntityTypeBuilder<AlipaySandboxTrade> builder)
    {
        builder.ToTable("AlipaySandboxTrades");
        builder.Property(t => t.OutTradeNo).HasMaxLength(AlipaySandboxTrade.MaxOutTradeNoLength).IsRequired();
        builder.Property(t => t.TradeNo).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Subject).HasMaxLength(AlipaySandboxTrade.MaxSubjectLength).IsRequired();
        builder.Property(t => t.NotifyUrl).HasMaxLength(NotifyUrl.MaxLength);
        builder.Property(t => t.BuyerLogonId).HasMaxLength(100);
        builder.Property(t => t.BuyerUserId).HasMaxLength(32);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<EnrollmentCredentials>().WithMany().HasForeignKey(t => t.CredentialsId).OnDelete(DeleteBehavior.Cascade);
        // An out_trade_no is unique per app, as at Alipay; two precreates racing with the same number make one trade.
        builder.HasIndex(t => new { t.CredentialsId, t.OutTradeNo }).IsUnique();
        builder.HasIndex(t => t.TradeNo).IsUnique();
        builder.HasMany(t => t.Refunds).WithOne().HasForeignKey(r => r.TradeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
