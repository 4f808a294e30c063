namespace MerchantPortal.Tests.Support;

/// <summary>The portal with one approved case (and its go-live run), seeded once for the tests that only read it.</summary>
public sealed class ApprovedCasePortalFactory : PortalFactory
{
    private readonly Lazy<Task<DossierSeed.ApprovedCase>> approved;

    public ApprovedCasePortalFactory() => approved = new(() => DossierSeed.ApprovedAsync(this));

    public Task<DossierSeed.ApprovedCase> ApprovedCaseAsync() => approved.Value;
}
