using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class EnrollmentCredentialsConfiguration : IEntityTypeConfiguration<EnrollmentCredentials>
{
    public void Configure(EntityTypeBuilder<EnrollmentCredentials> builder)
    {
        builder.Property(c => c.AppId).HasMaxLength(EnrollmentCredentials.MaxAppIdLength).IsRequired();
        builder.Property(c => c.NotifyUrl).HasMaxLength(NotifyUrl.MaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<PlatformEnrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Keys).WithOne().HasForeignKey(k => k.CredentialsId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Keys).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One set per environment, even when two first visits race; the gateway finds a request's set by its app id.
        builder.HasIndex(c => new { c.EnrollmentId, c.Environment }).IsUnique();
        builder.HasIndex(c => c.AppId).IsUnique();
        // The WeChat Pay sandbox finds a request's merchant by mchid (absent, NULL, for other platforms: never equal).
        builder.Property(c => c.MerchantId).HasMaxLength(32);
        builder.HasIndex(c => new { c.MerchantId, c.Environment }).IsUnique();
    }
}
