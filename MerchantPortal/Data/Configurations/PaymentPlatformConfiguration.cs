using MerchantPortal.Domain.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class PaymentPlatformConfiguration : IEntityTypeConfiguration<PaymentPlatform>
{
    public void Configure(EntityTypeBuilder<PaymentPlatform> builder)
    {
        builder.ToTable("Platforms");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(32);
        foreach (var text in new[] { nameof(PaymentPlatform.Name), nameof(PaymentPlatform.Audience), nameof(PaymentPlatform.FeeRate),
            nameof(PaymentPlatform.Settlement), nameof(PaymentPlatform.Requirements) })
        {
            builder.ComplexProperty<LocalizedText>(text, c =>
            {
                c.Property(t => t.Zh).HasMaxLength(500).IsRequired();
                c.Property(t => t.En).HasMaxLength(500).IsRequired();
            });
        }
    }
}
