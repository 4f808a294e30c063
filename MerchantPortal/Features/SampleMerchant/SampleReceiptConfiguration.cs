using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Features.SampleMerchant;

public sealed class SampleReceiptConfiguration : IEntityTypeConfiguration<SampleReceipt>
{
    public void Configure(EntityTypeBuilder<SampleReceipt> builder)
    {
        builder.ToTable("SampleReceipts");
        builder.Property(r => r.NotificationId).HasMaxLength(SampleReceipt.MaxNotificationIdLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(200).IsRequired();
        builder.HasOne<EnrollmentCredentials>().WithMany().HasForeignKey(r => r.CredentialsId).OnDelete(DeleteBehavior.Cascade);
        // A replayed notification finds its first receipt; two deliveries racing make one.
        builder.HasIndex(r => new { r.CredentialsId, r.NotificationId }).IsUnique();
    }
}
