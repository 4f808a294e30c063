namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// How far an application has ever come, wizard to go-live: the dashboard's funnel. It only grows — a case sent
/// back or a go-live test that fails later keeps the stage it reached. Stored as numbers: only append.
/// </summary>
public enum FunnelStage
{
    Started = 0,
    PlatformsChosen = 1,
    EnterpriseEntered = 2,
    DocumentsUploaded = 3,
    IdentityVerified = 4,
    Submitted = 5,
    Approved = 6,
    TestsPassed = 7,
    Live = 8,
}
