using MerchantPortal.Domain.Notifications;

namespace MerchantPortal.Tests.Unit.Notifications;

public class NotificationTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FailedSends_WaitLongerEachTime_SoAShortOutageDoesNotUseUpTheAttempts()
    {
        var notification = new Notification("user", NotificationKind.StatusChanged, null, "/", new Dictionary<string, string>(), Now);

        var waits = new List<TimeSpan>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            notification.EmailFailed(Now);
            waits.Add(notification.NextEmailAttemptAtUtc!.Value - Now);
        }

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)], waits);
        Assert.Equal(4, notification.EmailAttempts);
        Assert.Null(notification.EmailedAtUtc);
    }
}
