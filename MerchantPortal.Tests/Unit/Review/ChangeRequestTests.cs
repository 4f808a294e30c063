using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Tests.Unit.Review;

public class ChangeRequestTests
{
    private static ChangeRequest Request(ReviewField[] fields, DocumentKind[] documents) =>
        new(Guid.NewGuid(), 1, fields, documents, "  请修改  ", "reviewer", DateTime.UtcNow);

    [Fact]
    public void AnEmptyRequest_IsRefused() =>
        Assert.Equal(DomainErrors.NothingRequested, Assert.Throws<DomainException>(() => Request([], [])).Code);

    [Fact]
    public void Unlocks_OnlyTheStepsAndDocumentsListed()
    {
        var request = Request([ReviewField.SettlementAccount], [DocumentKind.TaxRegistration]);

        Assert.True(request.Unlocks(WizardStep.Identity));
        Assert.False(request.Unlocks(WizardStep.Enterprise));
        Assert.True(request.Unlocks(WizardStep.Documents, DocumentKind.TaxRegistration));
        Assert.False(request.Unlocks(WizardStep.Documents, DocumentKind.BusinessLicense));
        Assert.False(request.Unlocks(WizardStep.Platforms));
        Assert.Equal("请修改", request.Message);
    }

    [Fact]
    public void EnsureOnlyListed_NamesTheFirstFieldChangedWithoutLeave()
    {
        var request = Request([ReviewField.RegisteredAddress], []);

        request.EnsureOnlyListed([ReviewField.RegisteredAddress]);
        var error = Assert.Throws<DomainException>(() => request.EnsureOnlyListed([ReviewField.RegisteredAddress, ReviewField.LegalName]));

        Assert.Equal((DomainErrors.FieldLocked, (object)ReviewField.LegalName), (error.Code, error.Args[0]));
    }
}
