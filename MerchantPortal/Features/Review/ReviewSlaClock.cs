using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Infrastructure.Settings;

namespace MerchantPortal.Features.Review;

/// <summary>Works out an SLA due time from the settings as they are now: the hours allowed and the holiday calendar.</summary>
public sealed class ReviewSlaClock(SettingsStore settings)
{
    public async Task<Func<DateTime, DateTime>> DueFromAsync()
    {
        var hours = await settings.GetAsync(ReviewSettings.SlaWorkingHours);
        var calendar = new WorkingCalendar(await settings.GetAsync(ReviewSettings.PublicHolidays), await settings.GetAsync(ReviewSettings.MakeUpWorkdays));
        return submittedUtc => calendar.AddWorkingHours(submittedUtc, hours);
    }
}
