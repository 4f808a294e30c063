using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class AgreementAcceptanceConfiguration : IEntityTypeConfiguration<AgreementAcceptance>
{
    public void Configure(EntityTypeBuilder<AgreementAcceptance> builder)
    {
        builder.ToTable("AgreementAcceptances");
        builder.Property(a => a.AgreementVersion).HasMaxLength(32).IsRequired();
        builder.Property(a => a.AgreementSha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.FeeRateZh).HasMaxLength(AgreementAcceptance.MaxFeeRateLength).IsRequired();
        builder.Property(a => a.FeeRateEn).HasMaxLength(AgreementAcceptance.MaxFeeRateLength).IsRequired();
        builder.Property(a => a.Culture).HasMaxLength(16).IsRequired();
        builder.Property(a => a.AcceptedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<PlatformEnrollment>().WithMany().HasForeignKey(a => a.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.EnrollmentId, a.AgreementVersion });
    }
}
