using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Tests.Unit.Onboarding;

public class ApplicationProfileTests
{
    [Fact]
    public void SnapshotRequirements_FreezesTheDocumentsAndTheRulesVersion_AtTheFirstSubmissionOnly()
    {
        var profile = new ApplicationProfile(Guid.NewGuid());

        profile.SnapshotRequirements(3, [DocumentKind.BusinessLicense, DocumentKind.TaxRegistration]);
        profile.SnapshotRequirements(4, [DocumentKind.BusinessLicense, DocumentKind.StorefrontPhoto]);

        Assert.Equal(3, profile.RequirementsVersion);
        Assert.Equal([DocumentKind.BusinessLicense, DocumentKind.TaxRegistration], profile.SubmittedRequirements);
    }

    [Fact]
    public void ADraft_HasNoRulesVersion() => Assert.Null(new ApplicationProfile(Guid.NewGuid()).RequirementsVersion);
}
