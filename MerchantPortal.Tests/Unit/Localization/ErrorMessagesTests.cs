using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Localization;

public class ErrorMessagesTests
{
    [Theory]
    [InlineData("zh-CN", "申请处于“审核中”状态时不能执行“提交审核”。")]
    [InlineData("en", "\"Submit\" is not possible while the application is \"In review\".")]
    public void IllegalTransition_NamesStateAndTrigger_InTheReadersWords(string culture, string expected)
    {
        using var scope = new CultureScope(culture);

        var message = ErrorMessages.For(new DomainException(DomainErrors.IllegalTransition, ApplicationTrigger.Submit, ApplicationState.InReview));

        Assert.Equal(expected, message);
    }

    [Fact]
    public void GuardFailed_SaysWhichConditionIsMissing()
    {
        using var scope = new CultureScope("zh-CN");

        var message = ErrorMessages.For(new DomainException(DomainErrors.GuardFailed, ApplicationTrigger.Submit, "BankAccountVerified"));

        Assert.Equal("执行“提交审核”之前需要：结算账户已通过小额打款验证。", message);
    }
}
