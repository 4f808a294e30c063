using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class CredentialKeyConfiguration : IEntityTypeConfiguration<CredentialKey>
{
    public void Configure(EntityTypeBuilder<CredentialKey> builder)
    {
        builder.Property(k => k.PublicKey).HasMaxLength(1000).IsRequired();
        builder.Property(k => k.Fingerprint).HasMaxLength(64).IsRequired();
        builder.Property(k => k.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(k => k.Id).ValueGeneratedNever();
    }
}
