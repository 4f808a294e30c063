using MerchantPortal.Features.Review;
using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Settings;

public class ReviewTimeInputValidatorTests
{
    private static ReviewTimeInput Seeded() => new()
    {
        SlaWorkingHours = 24,
        PublicHolidays = [.. ReviewSettings.PublicHolidays.Default],
        MakeUpWorkdays = [.. ReviewSettings.MakeUpWorkdays.Default],
    };

    private static FluentValidation.Results.ValidationFailure OnlyError(ReviewTimeInput input) =>
        Assert.Single(new ReviewTimeInputValidator().Validate(input).Errors);

    [Fact]
    public void TheOfficial2026Calendar_Passes() => Assert.True(new ReviewTimeInputValidator().Validate(Seeded()).IsValid);

    [Theory]
    [InlineData(1, true)]
    [InlineData(240, true)]
    [InlineData(0, false)]
    [InlineData(241, false)]
    public void SlaHours_FromOneTo240(int hours, bool valid)
    {
        var input = Seeded();
        input.SlaWorkingHours = hours;

        Assert.Equal(valid, new ReviewTimeInputValidator().Validate(input).IsValid);
    }

    [Fact]
    public void AHolidayListedTwice_IsRefused_NamingTheDate()
    {
        using var scope = new CultureScope("zh-CN");
        var input = Seeded();
        input.PublicHolidays.Add(new DateOnly(2026, 10, 1));

        var error = OnlyError(input);

        Assert.Equal((nameof(ReviewTimeInput.PublicHolidays), "法定节假日（休息日）：2026-10-01 重复出现。"), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void ADayBothHolidayAndMakeUpWorkday_IsRefused()
    {
        using var scope = new CultureScope("en");
        var input = Seeded();
        input.PublicHolidays.Add(new DateOnly(2026, 2, 14));

        Assert.Equal("2026-02-14 cannot be both a public holiday and a make-up workday.", OnlyError(input).ErrorMessage);
    }

    [Fact]
    public void AWeekdayAsMakeUpWorkday_IsRefused()
    {
        using var scope = new CultureScope("zh-CN");
        var input = Seeded();
        input.MakeUpWorkdays.Add(new DateOnly(2026, 12, 2));

        Assert.Equal("2026-12-02 是工作日：调休上班日应为周六或周日。", OnlyError(input).ErrorMessage);
    }

    [Fact]
    public void ADateOutsideTheYears2000To2100_IsRefused()
    {
        var input = Seeded();
        input.PublicHolidays.Add(new DateOnly(1999, 12, 31));

        Assert.StartsWith(nameof(ReviewTimeInput.PublicHolidays), OnlyError(input).PropertyName, StringComparison.Ordinal);
    }
}
