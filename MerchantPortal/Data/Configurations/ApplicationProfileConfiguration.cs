using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class ApplicationProfileConfiguration : IEntityTypeConfiguration<ApplicationProfile>
{
    public void Configure(EntityTypeBuilder<ApplicationProfile> builder)
    {
        builder.ToTable("ApplicationProfiles");
        builder.HasKey(p => p.ApplicationId);
        builder.HasOne<OnboardingApplication>().WithOne().HasForeignKey<ApplicationProfile>(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(p => p.Platforms, platforms => platforms.PrimitiveCollection(c => c.PlatformCodes));
        builder.OwnsOne(p => p.Enterprise, enterprise =>
        {
            enterprise.Property(e => e.LegalName).HasMaxLength(100);
            enterprise.Property(e => e.CreditCode).HasMaxLength(18);
            enterprise.Property(e => e.RegisteredAddress).HasMaxLength(200);
            enterprise.Property(e => e.ContactName).HasMaxLength(50);
            enterprise.Property(e => e.ContactMobile).HasMaxLength(11);
            enterprise.Property(e => e.ContactEmail).HasMaxLength(256);
            // The duplicate check and the review queue's search look codes up.
            enterprise.HasIndex(e => e.CreditCode);
            // The risk checks look for the same contact mobile in other organizations.
            enterprise.HasIndex(e => e.ContactMobile);
        });
        builder.PrimitiveCollection(p => p.SubmittedRequirements);
        builder.OwnsOne(p => p.Identity, identity =>
        {
            identity.Property(i => i.LegalRepresentativeName).HasMaxLength(50);
            identity.Property(i => i.IdNumberMasked).HasMaxLength(30);
            identity.Property(i => i.BankName).HasMaxLength(100);
            identity.Property(i => i.AccountNumberMasked).HasMaxLength(30);
        });
    }
}
