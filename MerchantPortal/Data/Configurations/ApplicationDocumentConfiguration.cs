using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.OriginalName).HasMaxLength(255).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.UploadedByUserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(d => new { d.ApplicationId, d.Kind, d.Version }).IsUnique();
        builder.HasIndex(d => d.Sha256);
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
