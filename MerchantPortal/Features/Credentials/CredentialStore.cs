using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Credentials;

/// <summary>What every credential operation shares: who may touch an enrollment's credentials, loading them, and the audited save.</summary>
public sealed class CredentialStore(IDataProtectionProvider protection, AuditTrail audit)
{
    public const string ProtectorPurpose = "MerchantPortal.Credentials.v1";

    /// <summary>Private keys and secrets at rest.</summary>
    public IDataProtector Protector { get; } = protection.CreateProtector(ProtectorPurpose);

    /// <summary>The enrollment, when the user belongs to its organization and its application is still open; otherwise as if it did not exist.</summary>
    public static async Task<PlatformEnrollment> MemberEnrollmentAsync(PortalDbContext db, string userId, Guid enrollmentId)
    {
        var found = await (from e in db.Enrollments
                           join a in db.OpenApplications() on e.ApplicationId equals a.Id
                           where e.Id == enrollmentId
                                 && db.OrganizationMembers.Any(m => m.OrganizationId == a.OrganizationId && m.UserId == userId)
                           select e).AsNoTracking().SingleOrDefaultAsync();
        return found ?? throw new DomainException(DomainErrors.ApplicationNotFound);
    }

    /// <summary>The enrollment's sandbox credentials, tracked, for a member.</summary>
    public static async Task<EnrollmentCredentials> SandboxCredentialsAsync(PortalDbContext db, string userId, Guid enrollmentId)
    {
        await MemberEnrollmentAsync(db, userId, enrollmentId);
        return await db.Credentials.Include(c => c.Keys).SingleOrDefaultAsync(c => c.EnrollmentId == enrollmentId && c.Environment == CredentialEnvironment.Sandbox)
            ?? throw new DomainException(DomainErrors.CredentialsNotIssued);
    }

    /// <summary>Saves with its audit entry: fingerprints, origins and windows, never key material.</summary>
    public Task SaveAsync(PortalDbContext db, string userId, string action, EnrollmentCredentials credentials, object details) =>
        audit.SaveWithAsync(db, new AuditRecord(userId, action, "Enrollment", credentials.EnrollmentId.ToString(), details));
}
