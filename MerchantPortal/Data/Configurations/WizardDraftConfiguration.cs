using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class WizardDraftConfiguration : IEntityTypeConfiguration<WizardDraft>
{
    public void Configure(EntityTypeBuilder<WizardDraft> builder)
    {
        builder.HasKey(d => new { d.ApplicationId, d.Step });
        builder.HasOne<OnboardingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
