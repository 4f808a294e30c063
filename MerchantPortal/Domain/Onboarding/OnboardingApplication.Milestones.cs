using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Scheduling;

namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// What the admin dashboard counts, kept on the application as it moves so that every figure is one indexed
/// query over this table (docs/decisions/0015-dashboard-queries.md): when it entered its state, the furthest
/// funnel stage, the milestones with their China day (periods and the daily trend are whole China days), and the
/// platforms, subject type and industry declared so far (drafts too, which have no listing yet).
/// </summary>
public sealed partial class OnboardingApplication : IDeclared
{
    public DateTime StateEnteredAtUtc { get; private set; }

    /// <summary>
    /// <see cref="StateEnteredAtUtc"/> as whole minutes since 2000-01-01 UTC: a stored time is text to SQLite, and the
    /// dashboard averages this number over tens of thousands of applications without parsing one date.
    /// </summary>
    public int StateEnteredAtMinute { get; private set; }

    public FunnelStage Stage { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateTime? FirstSubmittedAtUtc { get; private set; }

    public DateOnly? FirstSubmittedOn { get; private set; }

    /// <summary>Approved or Rejected: the first decision on the case; a later suspension does not change it.</summary>
    public ApplicationState? Decision { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Minutes from the first submission to the decision, wall-clock.</summary>
    public int? DecisionMinutes { get; private set; }

    /// <summary>When the first of its platforms went live.</summary>
    public DateTime? LiveAtUtc { get; private set; }

    public DateOnly? LiveOn { get; private set; }

    /// <summary>Minutes from the organization's sign-up to its first live platform.</summary>
    public int? SignUpToLiveMinutes { get; private set; }

    /// <summary>The platforms live now, as a <see cref="ReviewListing.PlatformKey"/>; null until the first goes live.</summary>
    public string? LivePlatforms { get; private set; }

    /// <summary>The chosen platforms as a <see cref="ReviewListing.PlatformKey"/>; null until step 1 is saved.</summary>
    public string? DeclaredPlatforms { get; private set; }

    public SubjectType? DeclaredSubjectType { get; private set; }

    public Industry? DeclaredIndustry { get; private set; }

    /// <summary>Copies what the wizard's saved steps declare, for the dashboard's filters.</summary>
    public void Declare(PlatformChoice? platforms, EnterpriseDetails? enterprise)
    {
        DeclaredPlatforms = platforms is null ? DeclaredPlatforms : ReviewListing.PlatformKey(platforms.PlatformCodes);
        DeclaredSubjectType = enterprise?.SubjectType ?? DeclaredSubjectType;
        DeclaredIndustry = enterprise?.Industry ?? DeclaredIndustry;
    }

    /// <summary>A platform passed its go-live tests.</summary>
    public void RecordTestsPassed() => Reach(FunnelStage.TestsPassed);

    /// <summary>A platform went live; the first one sets the time from sign-up to live.</summary>
    public void RecordLive(string platformCode, DateTime nowUtc, DateTime organizationCreatedAtUtc)
    {
        Reach(FunnelStage.Live);
        LivePlatforms = ReviewListing.PlatformKey([.. ReviewListing.CodesOf(LivePlatforms ?? "").Append(platformCode).Distinct()]);
        if (LiveAtUtc is null)
        {
            LiveAtUtc = nowUtc;
            LiveOn = ChinaDay.Of(nowUtc);
            SignUpToLiveMinutes = Minutes(organizationCreatedAtUtc, nowUtc);
        }
    }

    /// <summary>Called by every move: when the new state was entered, the stage reached, the first submission and decision.</summary>
    private void RecordMove(ApplicationTrigger trigger, ApplicationState to, DateTime nowUtc)
    {
        EnterState(nowUtc);
        Reach(StageOf(to));
        if (trigger == ApplicationTrigger.Submit && FirstSubmittedAtUtc is null)
        {
            FirstSubmittedAtUtc = nowUtc;
            FirstSubmittedOn = ChinaDay.Of(nowUtc);
        }

        if (Decision is null && to is ApplicationState.Approved or ApplicationState.Rejected)
        {
            Decision = to;
            DecidedAtUtc = nowUtc;
            DecidedOn = ChinaDay.Of(nowUtc);
            DecisionMinutes = FirstSubmittedAtUtc is { } submitted ? Minutes(submitted, nowUtc) : null;
        }
    }

    private void EnterState(DateTime nowUtc)
    {
        StateEnteredAtUtc = nowUtc;
        StateEnteredAtMinute = MinuteOf(nowUtc);
    }

    /// <summary>Whole minutes since 2000-01-01 UTC, the scale of <see cref="StateEnteredAtMinute"/>.</summary>
    public static int MinuteOf(DateTime utc) => (int)Math.Floor((utc - MinuteEpoch).TotalMinutes);

    private static readonly DateTime MinuteEpoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private void Reach(FunnelStage stage) => Stage = stage > Stage ? stage : Stage;

    private static FunnelStage StageOf(ApplicationState state) => state switch
    {
        ApplicationState.EnteringEnterprise => FunnelStage.PlatformsChosen,
        ApplicationState.UploadingDocuments => FunnelStage.EnterpriseEntered,
        ApplicationState.VerifyingIdentity => FunnelStage.DocumentsUploaded,
        ApplicationState.ReadyToSubmit => FunnelStage.IdentityVerified,
        ApplicationState.Submitted or ApplicationState.InReview or ApplicationState.ChangesRequested or ApplicationState.PendingConfirmation => FunnelStage.Submitted,
        ApplicationState.Approved or ApplicationState.Suspended => FunnelStage.Approved,
        _ => FunnelStage.Started,
    };

    private static int Minutes(DateTime fromUtc, DateTime toUtc) => (int)Math.Max(0, Math.Round((toUtc - fromUtc).TotalMinutes));
}
