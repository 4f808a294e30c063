using MerchantPortal.Domain.Scheduling;

namespace MerchantPortal.Tests.Unit.Scheduling;

public class WorkingCalendarTests
{
    // Shanghai is UTC+8 all year: 09:00 there is 01:00 UTC.
    private static DateTime Shanghai(int year, int month, int day, int hour, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    private static readonly WorkingCalendar Plain = new([], []);

    [Fact]
    public void FridayAfternoon_Plus24WorkingHours_IsWednesdayAfternoon()
    {
        // Fri 2026-11-27 17:00: 1 h on Friday, 9 on Monday, 9 on Tuesday, 5 on Wednesday.
        Assert.Equal(Shanghai(2026, 12, 2, 14), Plain.AddWorkingHours(Shanghai(2026, 11, 27, 17), 24));
    }

    [Fact]
    public void OutsideWorkingHours_TheClockStartsAtTheNextOpening()
    {
        Assert.Equal(Shanghai(2026, 11, 30, 10), Plain.AddWorkingHours(Shanghai(2026, 11, 28, 23), 1));
        Assert.Equal(Shanghai(2026, 11, 30, 10), Plain.AddWorkingHours(Shanghai(2026, 11, 30, 6), 1));
    }

    [Fact]
    public void EndingExactlyAtClosing_StaysOnThatDay() =>
        Assert.Equal(Shanghai(2026, 11, 30, 18), Plain.AddWorkingHours(Shanghai(2026, 11, 30, 9), 9));

    [Fact]
    public void Holidays_AreSkipped_AndMakeUpDaysAreWorked()
    {
        // A made-up calendar: Monday 30 Nov off, Saturday 5 Dec worked instead.
        var calendar = new WorkingCalendar(holidays: [new DateOnly(2026, 11, 30)], makeUpDays: [new DateOnly(2026, 12, 5)]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 30)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 5)));
        Assert.Equal(Shanghai(2026, 12, 1, 10), calendar.AddWorkingHours(Shanghai(2026, 11, 27, 18), 1));
        // Friday 4 Dec 17:00 + 2 h: one hour on Friday, one on the make-up Saturday.
        Assert.Equal(Shanghai(2026, 12, 5, 10), calendar.AddWorkingHours(Shanghai(2026, 12, 4, 17), 2));
    }
}
