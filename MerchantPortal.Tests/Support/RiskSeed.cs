using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Tests.Support;

/// <summary>Cases the risk checks flag, made as they happen: an organization submits a file another one already uploaded.</summary>
public static class RiskSeed
{
    /// <summary>
    /// Submits an application for <paramref name="owner"/> whose business license is the very file another
    /// organization uploaded first: the "same document" check fires, and the case is high risk.
    /// </summary>
    public static async Task<Guid> HighRiskSubmittedAsync(PortalFactory factory, TestAccount owner, byte[]? license = null)
    {
        license ??= DocumentCorpus.UniquePdf();
        await UploadedElsewhereAsync(factory, DocumentKind.BusinessLicense, license);
        return await WizardSeed.SubmittedAsync(factory, owner, files: new Dictionary<DocumentKind, byte[]> { [DocumentKind.BusinessLicense] = license });
    }

    /// <summary>Another organization, a draft application, and <paramref name="file"/> uploaded as its <paramref name="kind"/>.</summary>
    public static async Task UploadedElsewhereAsync(PortalFactory factory, DocumentKind kind, byte[] file)
    {
        var other = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, other);
        await WizardSeed.DocumentsAsync(factory, other, id, new Dictionary<DocumentKind, byte[]> { [kind] = file });
    }
}
