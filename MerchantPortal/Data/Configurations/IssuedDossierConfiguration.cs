using MerchantPortal.Domain.Dossiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class IssuedDossierConfiguration : IEntityTypeConfiguration<IssuedDossier>
{
    public void Configure(EntityTypeBuilder<IssuedDossier> builder)
    {
        builder.ToTable("IssuedDossiers");
        builder.Property(d => d.OrganizationName).HasMaxLength(Organization.MaxNameLength).IsRequired();
        builder.Property(d => d.IssuedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.Hmac).HasMaxLength(64).IsRequired();
        builder.Property(d => d.PdfSha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Culture).HasMaxLength(IssuedDossier.MaxCultureLength).IsRequired();
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ApplicationId);
    }
}
