using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class GoLiveRunConfiguration : IEntityTypeConfiguration<GoLiveRun>
{
    public void Configure(EntityTypeBuilder<GoLiveRun> builder)
    {
        builder.ToTable("GoLiveRuns");
        builder.Property(r => r.StartedByUserId).HasMaxLength(450).IsRequired();
        builder.Ignore(r => r.IsRunning);
        builder.HasOne<PlatformEnrollment>().WithMany().HasForeignKey(r => r.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Checks).WithOne().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Checks).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The step shows each enrollment's latest run.
        builder.HasIndex(r => new { r.EnrollmentId, r.StartedAtUtc });
        // One run at a time per enrollment, even when "start" is pressed twice at once.
        builder.HasIndex(r => r.EnrollmentId).IsUnique().HasFilter($"\"{nameof(GoLiveRun.FinishedAtUtc)}\" IS NULL").HasDatabaseName("IX_GoLiveRuns_Running");
    }
}
