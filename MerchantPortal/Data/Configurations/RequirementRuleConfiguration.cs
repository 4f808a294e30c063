using MerchantPortal.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class RequirementRuleConfiguration : IEntityTypeConfiguration<RequirementRule>
{
    public void Configure(EntityTypeBuilder<RequirementRule> builder)
    {
        builder.HasIndex(r => r.Version);
        builder.PrimitiveCollection(r => r.SubjectTypes);
        builder.PrimitiveCollection(r => r.Industries);
        builder.PrimitiveCollection(r => r.PlatformCodes);
    }
}
