using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MerchantPortal.Tests.Unit.Wizard;

public class EnterpriseStepInputTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public static EnterpriseStepInput Valid() => new()
    {
        SubjectType = SubjectType.Enterprise,
        Industry = Industry.Catering,
        LegalName = "福州示例餐饮管理有限公司",
        CreditCode = "９１３５０１００Ｍ０００１００Ｙ４３",
        RegisteredAddress = "福建省福州市鼓楼区示例路 1 号",
        LicenseValidFrom = new DateTime(2015, 3, 1),
        LicenseLongTerm = true,
        ContactName = "林芳",
        ContactMobile = "+86 138-0013-8000",
        ContactEmail = "lin@example.test",
    };

    [Fact]
    public void ValidInput_PassesAndIsSavedNormalized()
    {
        var input = Valid();

        Assert.True(new EnterpriseStepInput.Validator(Clock).Validate(input).IsValid);
        var details = input.ToDetails();
        Assert.Equal("91350100M000100Y43", details.CreditCode);
        Assert.Equal("13800138000", details.ContactMobile);
        Assert.True(details.LicenseLongTerm);
    }

    [Theory]
    [InlineData("zh-CN", "统一社会信用代码校验位不正确，请对照营业执照核对。")]
    [InlineData("en", "This code is not valid: its last character does not match. Check it against the license.")]
    public void WrongCheckCharacter_IsExplainedInTheReadersLanguage(string culture, string message)
    {
        using var scope = new CultureScope(culture);
        var input = Valid();
        input.CreditCode = "91350100M000100Y44";

        var result = new EnterpriseStepInput.Validator(Clock).Validate(input);

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
        Assert.Equal(nameof(EnterpriseStepInput.CreditCode), result.Errors[0].PropertyName);
    }

    [Fact]
    public void ExpiredLicense_AndBadMobile_AreRefused()
    {
        using var scope = new CultureScope("zh-CN");
        var input = Valid();
        input.LicenseLongTerm = false;
        input.LicenseValidTo = new DateTime(2026, 11, 1);
        input.ContactMobile = "12800138000";

        var errors = new EnterpriseStepInput.Validator(Clock).Validate(input).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.Contains("营业执照已过期，请先办理延续。", errors);
        Assert.Contains("请输入 11 位大陆手机号码，例如 13800138000。", errors);
    }

    [Fact]
    public void MissingChoices_AreEachNamed()
    {
        var result = new EnterpriseStepInput.Validator(Clock).Validate(new EnterpriseStepInput());

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(EnterpriseStepInput.SubjectType));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(EnterpriseStepInput.Industry));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(EnterpriseStepInput.LicenseValidTo));
    }
}
