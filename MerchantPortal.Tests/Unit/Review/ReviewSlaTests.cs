using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Features.Review;

namespace MerchantPortal.Tests.Unit.Review;

public class ReviewSlaTests
{
    private static readonly WorkingCalendar Calendar = new(ReviewSettings.PublicHolidays.Default, ReviewSettings.MakeUpWorkdays.Default);

    private static DateTime Shanghai(int month, int day, int hour, int minute = 0) =>
        new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Theory]
    [InlineData(24, false, SlaLevel.OnTrack)]
    [InlineData(7, false, SlaLevel.OnTrack)]
    [InlineData(6, false, SlaLevel.DueSoon)]
    [InlineData(0.5, false, SlaLevel.DueSoon)]
    [InlineData(0, true, SlaLevel.Breached)]
    public void Level_ColoursTheLastQuarterOfTheWorkingHoursAndEverythingPastDue(double left, bool pastDue, SlaLevel expected) =>
        Assert.Equal(expected, ReviewSla.Level(left, 24, pastDue));

    [Fact]
    public void WorkingHoursBetween_CountsOnlyOfficeHoursOnWorkingDays()
    {
        Assert.Equal(2, Calendar.WorkingHoursBetween(Shanghai(11, 27, 17), Shanghai(11, 30, 10)));
        Assert.Equal(0, Calendar.WorkingHoursBetween(Shanghai(11, 30, 10), Shanghai(11, 27, 17)));
    }

    [Fact]
    public void AcrossNationalDay_ACaseStaysOnTrackUntilItsWorkingHoursRunLow()
    {
        var submitted = Shanghai(9, 30, 17);
        var due = Calendar.AddWorkingHours(submitted, 24);

        Assert.Equal(Shanghai(10, 10, 14), due);
        Assert.Equal(23, Calendar.WorkingHoursBetween(Shanghai(10, 8, 2, 45), due));
        Assert.Equal(SlaLevel.OnTrack, ReviewSla.Level(Calendar.WorkingHoursBetween(Shanghai(10, 8, 2, 45), due), 24, pastDue: false));
        Assert.Equal(SlaLevel.DueSoon, ReviewSla.Level(Calendar.WorkingHoursBetween(Shanghai(10, 10, 9), due), 24, pastDue: false));
    }
}
