using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.ToTable("ChangeRequests");
        builder.Property(c => c.Message).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.RequestedByUserId).HasMaxLength(450).IsRequired();
        builder.PrimitiveCollection(c => c.Fields);
        builder.PrimitiveCollection(c => c.Documents);
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApplicationId, c.Round });
    }
}
