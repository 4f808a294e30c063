using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class ApplicationTransitionConfiguration : IEntityTypeConfiguration<ApplicationTransition>
{
    public void Configure(EntityTypeBuilder<ApplicationTransition> builder)
    {
        builder.ToTable("ApplicationTransitions");
        builder.Property(t => t.ActorUserId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Reason).HasMaxLength(1000);
        builder.HasIndex(t => new { t.ApplicationId, t.AtUtc });
    }
}
