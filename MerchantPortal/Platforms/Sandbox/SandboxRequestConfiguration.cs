using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.Sandbox;

public sealed class SandboxRequestConfiguration : IEntityTypeConfiguration<SandboxRequest>
{
    public void Configure(EntityTypeBuilder<SandboxRequest> builder)
    {
        builder.ToTable("SandboxRequests");
        builder.Property(r => r.Endpoint).HasMaxLength(SandboxRequest.MaxEndpointLength).IsRequired();
        builder.Property(r => r.Subject).HasMaxLength(SandboxRequest.MaxSubjectLength);
        builder.Property(r => r.Result).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ReasonCode).HasMaxLength(64);
        builder.Property(r => r.ReasonArgs).HasMaxLength(SandboxRequest.MaxReasonLength);
        builder.Property(r => r.Detail).HasMaxLength(SandboxRequest.MaxReasonLength);
        builder.Ignore(r => r.Reason);
        builder.HasOne<EnrollmentCredentials>().WithMany().HasForeignKey(r => r.CredentialsId).OnDelete(DeleteBehavior.Cascade);
        // The log is read newest first, per merchant.
        builder.HasIndex(r => new { r.CredentialsId, r.Id });
    }
}
