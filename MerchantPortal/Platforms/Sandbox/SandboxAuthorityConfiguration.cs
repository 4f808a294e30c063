using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.Sandbox;

public sealed class SandboxAuthorityConfiguration : IEntityTypeConfiguration<SandboxAuthority>
{
    public void Configure(EntityTypeBuilder<SandboxAuthority> builder)
    {
        builder.ToTable("SandboxAuthorities");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CertificatePem).HasMaxLength(8000).IsRequired();
        builder.Property(a => a.ProtectedPrivateKey).HasMaxLength(8000).IsRequired();
    }
}
