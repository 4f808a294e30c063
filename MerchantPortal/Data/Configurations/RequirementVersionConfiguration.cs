using MerchantPortal.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class RequirementVersionConfiguration : IEntityTypeConfiguration<RequirementVersion>
{
    public void Configure(EntityTypeBuilder<RequirementVersion> builder)
    {
        builder.ToTable("RequirementVersions");
        // The number is the key: two admins publishing at once cannot both create version n + 1.
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.PublishedByUserId).HasMaxLength(450);
    }
}
