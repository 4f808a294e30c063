using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Tests.Unit.Review;

public class ReviewFieldsTests
{
    private static readonly EnterpriseDetails Enterprise = new(SubjectType.Enterprise, Industry.Catering, "福州示例餐饮管理有限公司", "91350100M000100Y43",
        "福建省福州市鼓楼区示例路 1 号", new DateOnly(2015, 3, 1), null, "林芳", "13800138000", "lin@example.test");

    private static readonly IdentityDetails Identity = new("林芳", IdDocumentType.ResidentIdCard, "11010519491231002X", new DateOnly(2020, 1, 1), null,
        [new IdentityDetails.BeneficialOwner("林芳", "11010519491231002X", 100, true)], SettlementAccountType.Corporate, "福州示例餐饮管理有限公司",
        "中国工商银行", "福州分行", "6222020200112345");

    [Fact]
    public void Changed_NamesEachEnterpriseFieldThatDiffers()
    {
        var after = Enterprise with { RegisteredAddress = "新地址", LicenseValidTo = new DateOnly(2035, 1, 1), ContactEmail = "new@example.test" };

        Assert.Equal([ReviewField.RegisteredAddress, ReviewField.LicenseValidity, ReviewField.ContactEmail], ReviewFields.Changed(Enterprise, after));
        Assert.Empty(ReviewFields.Changed(Enterprise, Enterprise with { }));
    }

    [Fact]
    public void Changed_GroupsIdentityByWhatADocumentProves()
    {
        var after = Identity with { AccountNumber = "6222020200112346", BeneficialOwners = [new("林芳", "11010519491231002X", 100, true)] };

        Assert.Equal([ReviewField.SettlementAccount], ReviewFields.Changed(Identity, after));
        Assert.Equal([ReviewField.LegalRepresentative], ReviewFields.Changed(Identity, Identity with { IdValidTo = new DateOnly(2040, 1, 1) }));
    }

    [Fact]
    public void SubjectTypeOrIndustry_CountAsRequirementChanges() =>
        Assert.True(ReviewFields.RequirementsChanged(Enterprise, Enterprise with { Industry = Industry.Retail }));

    [Theory]
    [InlineData(ReviewField.ContactEmail, WizardStep.Enterprise)]
    [InlineData(ReviewField.LegalRepresentative, WizardStep.Identity)]
    public void StepOf_PointsAtTheWizardStepHoldingTheField(ReviewField field, WizardStep step) =>
        Assert.Equal(step, ReviewFields.StepOf(field));
}
