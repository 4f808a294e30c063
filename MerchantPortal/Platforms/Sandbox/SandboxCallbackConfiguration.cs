using MerchantPortal.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantPortal.Platforms.Sandbox;

public sealed class SandboxCallbackConfiguration : IEntityTypeConfiguration<SandboxCallback>
{
    public void Configure(EntityTypeBuilder<SandboxCallback> builder)
    {
        builder.ToTable("SandboxCallbacks");
        builder.Property(c => c.PlatformCode).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Reference).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Url).HasMaxLength(NotifyUrl.MaxLength).IsRequired();
        builder.Property(c => c.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(c => c.LastOutcome).HasMaxLength(SandboxCallback.MaxOutcomeLength);
        builder.HasOne<EnrollmentCredentials>().WithMany().HasForeignKey(c => c.CredentialsId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's poll: what is due next.
        builder.HasIndex(c => c.NextAttemptAtUtc);
        // A go-live run finds the notification of the order it paid.
        builder.HasIndex(c => new { c.CredentialsId, c.Reference });
    }
}
