using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Settings;

public class ReminderSettingsInputValidatorTests
{
    private static ReminderSettingsInput Valid() => new() { IntervalMinutes = 30, DepositReminderDays = 2, LicenseReminderDays = 30, EmailEnabled = true };

    [Fact]
    public void TheSeededSchedule_Passes() => Assert.True(new ReminderSettingsInputValidator().Validate(Valid()).IsValid);

    [Theory]
    [InlineData(4, 2, 30, nameof(ReminderSettingsInput.IntervalMinutes))]
    [InlineData(1441, 2, 30, nameof(ReminderSettingsInput.IntervalMinutes))]
    [InlineData(30, 0, 30, nameof(ReminderSettingsInput.DepositReminderDays))]
    [InlineData(30, 31, 30, nameof(ReminderSettingsInput.DepositReminderDays))]
    [InlineData(30, 2, 0, nameof(ReminderSettingsInput.LicenseReminderDays))]
    [InlineData(30, 2, 366, nameof(ReminderSettingsInput.LicenseReminderDays))]
    public void OutOfRange_IsRefused(int interval, int depositDays, int licenseDays, string property)
    {
        var input = Valid();
        (input.IntervalMinutes, input.DepositReminderDays, input.LicenseReminderDays) = (interval, depositDays, licenseDays);

        var result = new ReminderSettingsInputValidator().Validate(input);

        Assert.Equal(property, Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public void IntervalOutOfRange_SaysTheRangeInChinese()
    {
        using var scope = new CultureScope("zh-CN");
        var input = Valid();
        input.IntervalMinutes = 1;

        var result = new ReminderSettingsInputValidator().Validate(input);

        Assert.Equal("检查间隔（分钟）须为 5 到 1440 之间的整数。", Assert.Single(result.Errors).ErrorMessage);
    }
}
