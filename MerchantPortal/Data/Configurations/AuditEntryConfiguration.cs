using MerchantPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.SubjectType).HasMaxLength(32).IsRequired();
        builder.Property(e => e.SubjectId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.KeyId).HasMaxLength(AuditKey.MaxIdLength);
        builder.HasIndex(e => new { e.SubjectType, e.SubjectId });
        builder.HasIndex(e => e.AtUtc);
        // The audit viewer filters by actor and by action.
        builder.HasIndex(e => new { e.ActorUserId, e.Id });
        builder.HasIndex(e => new { e.Action, e.Id });
    }
}
