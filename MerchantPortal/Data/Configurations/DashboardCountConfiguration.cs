using MerchantPortal.Data.Counters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class DashboardCountConfiguration : IEntityTypeConfiguration<DashboardCount>
{
    public void Configure(EntityTypeBuilder<DashboardCount> builder)
    {
        builder.ToTable("DashboardCounts");
        // Scope first, then the day: a figure over a period of a filter is one range of the key.
        builder.HasKey(c => new { c.Figure, c.Platform, c.SubjectType, c.Industry, c.Day, c.Key });
        builder.Property(c => c.Platform).HasMaxLength(50);
        builder.Property(c => c.Key).HasMaxLength(50);
    }
}
