using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Infrastructure.Settings;

namespace MerchantPortal.Features.Review;

/// <summary>Works out SLA due times and how far along they are, from the settings as they are now: the hours allowed and the holiday calendar.</summary>
public sealed class ReviewSlaClock(SettingsStore settings, TimeProvider clock)
{
    public async Task<Func<DateTime, DateTime>> DueFromAsync()
    {
        var (hours, calendar) = await LoadAsync();
        return submittedUtc => calendar.AddWorkingHours(submittedUtc, hours);
    }

    /// <summary>Reads a due time as the reviewer sees it now: its colour and the working hours left.</summary>
    public async Task<Func<DateTime, SlaReading>> MeterAsync()
    {
        var (hours, calendar) = await LoadAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        return dueUtc =>
        {
            var left = calendar.WorkingHoursBetween(now, dueUtc);
            return new SlaReading(ReviewSla.Level(left, hours, now >= dueUtc), left, now >= dueUtc ? now - dueUtc : TimeSpan.Zero);
        };
    }

    private async Task<(int Hours, WorkingCalendar Calendar)> LoadAsync() =>
        (await settings.GetAsync(ReviewSettings.SlaWorkingHours),
         new WorkingCalendar(await settings.GetAsync(ReviewSettings.PublicHolidays), await settings.GetAsync(ReviewSettings.MakeUpWorkdays)));
}
