using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MerchantPortal.Tests.Unit.Wizard;

public class IdentityStepInputValidatorTests
{
    private static readonly IdentityStepInputValidator Validator =
        new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero)));

    public static IdentityStepInput Valid() => new()
    {
        SubjectType = SubjectType.Enterprise,
        LegalName = "福州示例餐饮管理有限公司",
        LegalRepresentativeName = "王建国",
        IdType = IdDocumentType.ResidentIdCard,
        IdNumber = "11010519491231002x",
        IdValidFrom = new DateTime(2020, 1, 1),
        IdLongTerm = true,
        BeneficialOwners = [new() { Name = "王建国", IdNumber = "11010519491231002X", SharePercent = 60 }],
        AccountType = SettlementAccountType.Corporate,
        AccountName = "福州示例餐饮管理有限公司",
        BankName = "中国工商银行",
        BankBranch = "福州鼓楼支行",
        AccountNumber = "1402-0212-0910-0012-345",
    };

    private static List<string> Errors(IdentityStepInput input) => [.. Validator.Validate(input).Errors.Select(e => e.ErrorMessage)];

    [Fact]
    public void ValidInput_Passes_AndIsSavedNormalized()
    {
        Assert.Empty(Errors(Valid()));
        var details = Valid().ToDetails();
        Assert.Equal("11010519491231002X", details.IdNumber);
        Assert.Equal("1402021209100012345", details.AccountNumber);
        Assert.Null(details.IdValidTo);
    }

    [Theory]
    [InlineData("110105194912310021", "身份证号码校验位不正确，请对照身份证核对。")]
    [InlineData("11010519490231002X", "身份证号码第 7–14 位不是有效的出生日期。")]
    [InlineData("110105203001010011", "身份证号码中的出生日期晚于今天。")]
    [InlineData("99010519491231002X", "身份证号码前两位不是有效的省份代码。")]
    public void LegalRepresentativeId_Problems_AreNamed(string id, string message)
    {
        using var scope = new CultureScope("zh-CN");
        var input = Valid();
        input.IdNumber = id;

        Assert.Equal([message], Errors(input));
    }

    [Fact]
    public void CorporateAccount_InAnotherName_AndPersonalAccountForAnEnterprise_AreRefused()
    {
        using var scope = new CultureScope("en");
        var input = Valid();
        input.AccountName = "王建国";
        Assert.Equal(["A corporate account must be in the legal name exactly as entered in the enterprise step."], Errors(input));

        input.AccountType = SettlementAccountType.Personal;
        Assert.Contains("Only sole proprietors may settle to a personal account.", Errors(input));

        input.SubjectType = SubjectType.SoleProprietor;
        input.BeneficialOwners = [];
        input.AccountNumber = "6222021234567890";
        Assert.Empty(Errors(input));
    }

    [Fact]
    public void BeneficialOwners_AreRequiredForEnterprises_AndMustHold25PercentOrControl()
    {
        using var scope = new CultureScope("zh-CN");
        var input = Valid();
        input.BeneficialOwners = [];
        Assert.Contains("企业须至少填写一名受益所有人。", Errors(input));

        input.BeneficialOwners = [new() { Name = "李四", IdNumber = "11010519491231002X", SharePercent = 10 }];
        Assert.Contains("受益所有人须持股 25% 及以上或实际控制本单位。", Errors(input));

        input.BeneficialOwners[0].Controls = true;
        Assert.Empty(Errors(input));
    }

    [Fact]
    public void MaskedNumbers_AreLeftForTheServerToRestore()
    {
        var input = IdentityStepInput.From(Valid().ToDetails());

        Assert.Equal("1101**********002X", input.IdNumber);
        input.SubjectType = SubjectType.Enterprise;
        input.LegalName = "福州示例餐饮管理有限公司";
        Assert.Empty(Errors(input));
        input.RestoreMaskedNumbers(Valid().ToDetails());
        Assert.Equal("11010519491231002X", input.IdNumber);
        Assert.Equal("1402021209100012345", input.AccountNumber);
    }
}
