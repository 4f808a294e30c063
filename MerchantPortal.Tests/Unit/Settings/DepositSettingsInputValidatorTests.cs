using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Settings;

public class DepositSettingsInputValidatorTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 30)]
    public void TriesAndDaysInRange_Pass(int tries, int days) =>
        Assert.True(new DepositSettingsInputValidator().Validate(new DepositSettingsInput { Tries = tries, ExpiryDays = days }).IsValid);

    [Theory]
    [InlineData(0, 10, nameof(DepositSettingsInput.Tries), "可尝试次数须为 1 到 10 之间的整数。")]
    [InlineData(11, 10, nameof(DepositSettingsInput.Tries), "可尝试次数须为 1 到 10 之间的整数。")]
    [InlineData(3, 0, nameof(DepositSettingsInput.ExpiryDays), "有效天数须为 1 到 30 之间的整数。")]
    [InlineData(3, 31, nameof(DepositSettingsInput.ExpiryDays), "有效天数须为 1 到 30 之间的整数。")]
    public void OutOfRange_IsRefused_NamingTheField(int tries, int days, string property, string message)
    {
        using var scope = new CultureScope("zh-CN");

        var result = new DepositSettingsInputValidator().Validate(new DepositSettingsInput { Tries = tries, ExpiryDays = days });

        var error = Assert.Single(result.Errors);
        Assert.Equal((property, message), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void OutOfRange_ReadsInEnglishToo()
    {
        using var scope = new CultureScope("en");

        var result = new DepositSettingsInputValidator().Validate(new DepositSettingsInput { Tries = 0, ExpiryDays = 10 });

        Assert.Equal("Tries allowed must be a whole number from 1 to 10.", Assert.Single(result.Errors).ErrorMessage);
    }
}
