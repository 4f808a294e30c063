using MerchantPortal.Domain.Enrollments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class EnrollmentTransitionConfiguration : IEntityTypeConfiguration<EnrollmentTransition>
{
    public void Configure(EntityTypeBuilder<EnrollmentTransition> builder)
    {
        builder.ToTable("EnrollmentTransitions");
        builder.Property(t => t.ActorUserId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Reason).HasMaxLength(1000);
    }
}
