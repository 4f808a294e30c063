using MerchantPortal.Domain.GoLiveRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class GoLiveCheckConfiguration : IEntityTypeConfiguration<GoLiveCheck>
{
    public void Configure(EntityTypeBuilder<GoLiveCheck> builder)
    {
        builder.ToTable("GoLiveChecks");
        builder.Property(c => c.FindingCode).HasMaxLength(64);
        builder.Property(c => c.FindingArgs).HasMaxLength(2000);
        builder.Property(c => c.Log).HasMaxLength(GoLiveCheck.MaxLogLength + 1);
        builder.Ignore(c => c.Finding);
        builder.Ignore(c => c.IsServerCheck);
        builder.HasIndex(c => new { c.RunId, c.Position }).IsUnique();
    }
}
