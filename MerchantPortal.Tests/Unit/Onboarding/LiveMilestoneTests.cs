using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Tests.Unit.Onboarding;

public class LiveMilestoneTests
{
    private static readonly DateTime SignedUp = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RecordLive_KeepsEveryLivePlatformOnce_AndTheFirstLiveTime()
    {
        var application = OnboardingApplication.Start(Guid.NewGuid(), "owner", SignedUp);
        var first = SignedUp.AddDays(10);

        application.RecordLive("wechatpay", first, SignedUp);
        application.RecordLive("alipay", first.AddDays(2), SignedUp);
        application.RecordLive("alipay", first.AddDays(3), SignedUp);

        Assert.Equal("|alipay|wechatpay|", application.LivePlatforms);
        Assert.Equal((first, new DateOnly(2026, 3, 11), 10 * 24 * 60), (application.LiveAtUtc, application.LiveOn, application.SignUpToLiveMinutes));
        Assert.Equal(FunnelStage.Live, application.Stage);
    }
}
