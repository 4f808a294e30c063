using MerchantPortal.Data.Counters;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Audit;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Dossiers;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Settings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Data;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<OnboardingApplication> Applications => Set<OnboardingApplication>();

    public DbSet<ApplicationTransition> ApplicationTransitions => Set<ApplicationTransition>();

    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    public DbSet<PaymentPlatform> Platforms => Set<PaymentPlatform>();

    public DbSet<ApplicationProfile> ApplicationProfiles => Set<ApplicationProfile>();

    public DbSet<WizardDraft> WizardDrafts => Set<WizardDraft>();

    public DbSet<PrivacyConsent> PrivacyConsents => Set<PrivacyConsent>();

    public DbSet<RequirementRule> RequirementRules => Set<RequirementRule>();

    public DbSet<RequirementVersion> RequirementVersions => Set<RequirementVersion>();

    public DbSet<ApplicationDocument> Documents => Set<ApplicationDocument>();

    public DbSet<MicroDeposit> MicroDeposits => Set<MicroDeposit>();

    public DbSet<SandboxBankTransfer> SandboxBankTransfers => Set<SandboxBankTransfer>();

    public DbSet<PortalSetting> Settings => Set<PortalSetting>();

    public DbSet<DocumentDecision> DocumentDecisions => Set<DocumentDecision>();

    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

    public DbSet<SubmissionSnapshot> SubmissionSnapshots => Set<SubmissionSnapshot>();

    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();

    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<PlatformEnrollment> Enrollments => Set<PlatformEnrollment>();

    public DbSet<EnrollmentCredentials> Credentials => Set<EnrollmentCredentials>();

    public DbSet<CredentialKey> CredentialKeys => Set<CredentialKey>();

    public DbSet<GoLiveRun> GoLiveRuns => Set<GoLiveRun>();

    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();

    public DbSet<IssuedDossier> IssuedDossiers => Set<IssuedDossier>();

    public DbSet<DashboardCount> DashboardCounts => Set<DashboardCount>();

    /// <summary>Saves, and moves the dashboard's counts for the changed applications in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var counts = PendingCounts();
        if (counts.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await counts.ApplyAsync(this, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var counts = PendingCounts();
        if (counts.IsEmpty)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        counts.Apply(this);
        transaction?.Commit();
        return saved;
    }

    /// <summary>An enrollment's newest go-live run with its checks, or null before the first.</summary>
    public Task<GoLiveRun?> LatestRunAsync(Guid enrollmentId) =>
        GoLiveRuns.AsNoTracking().Include(r => r.Checks).Where(r => r.EnrollmentId == enrollmentId).OrderByDescending(r => r.StartedAtUtc).FirstOrDefaultAsync();

    /// <summary>The ids of the users who hold any of <paramref name="roles"/>, as a query (counted or joined in the database).</summary>
    public IQueryable<string> UserIdsInRole(params IReadOnlyList<string> roles) =>
        UserRoles.Where(ur => Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))).Select(ur => ur.UserId);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    private DashboardCountChanges PendingCounts()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        return DashboardCountChanges.Of(ChangeTracker);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
