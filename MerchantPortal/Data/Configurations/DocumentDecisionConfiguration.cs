using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Data.Configurations;

public sealed class DocumentDecisionConfiguration : IEntityTypeConfiguration<DocumentDecision>
{
    public void Configure(EntityTypeBuilder<DocumentDecision> builder)
    {
        builder.ToTable("DocumentDecisions");
        builder.Property(d => d.ReasonCode).HasMaxLength(50);
        builder.Property(d => d.ApplicantMessage).HasMaxLength(1000);
        builder.Property(d => d.InternalNote).HasMaxLength(1000);
        builder.Property(d => d.ReviewerUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<ApplicationDocument>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ApplicationId, d.DecidedAtUtc });
        builder.Property(d => d.DeclaredPlatforms).HasMaxLength(200);
        // The dashboard's top rejection reasons of a period, filtered in the index by what the application declared.
        builder.HasIndex(d => new { d.Approved, d.DecidedAtUtc, d.ReasonCode, d.ApplicationId, d.DeclaredSubjectType, d.DeclaredIndustry, d.DeclaredPlatforms })
            .HasDatabaseName("IX_DocumentDecisions_Dashboard");
    }
}
