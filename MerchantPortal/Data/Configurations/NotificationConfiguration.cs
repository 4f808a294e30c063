using MerchantPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.RecipientUserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.ArgumentsJson).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.DedupKey).HasMaxLength(200);
        builder.Property(n => n.Link).HasMaxLength(200).IsRequired();
        builder.Ignore(n => n.Arguments);
        builder.Ignore(n => n.IsRead);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        // The bell: a person's newest first, and the unread count.
        builder.HasIndex(n => new { n.RecipientUserId, n.Id });
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAtUtc });
        // The mailer's outbox: what is still to send.
        builder.HasIndex(n => n.EmailedAtUtc);
        // A reminder is given once, however often the schedule runs.
        builder.HasIndex(n => new { n.RecipientUserId, n.DedupKey }).IsUnique().HasFilter("\"DedupKey\" IS NOT NULL");
    }
}
