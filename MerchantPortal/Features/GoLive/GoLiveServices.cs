using MerchantPortal.Features.GoLive.Suites;

namespace MerchantPortal.Features.GoLive;

public static class GoLiveServices
{
    public static IServiceCollection AddGoLive(this IServiceCollection services)
    {
        services.AddSingleton<GoLiveProgress>();
        services.AddSingleton<GoLiveRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<GoLiveRunner>());
        // The gateway a run calls is the operator's configuration (this portal's sandbox by default), not a merchant's URL.
        services.AddHttpClient(nameof(GoLiveRunner), client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<IGoLiveSuite, AlipayGoLiveSuite>();
        services.AddScoped<IGoLiveSuite, WeChatPayGoLiveSuite>();
        services.AddScoped<NotificationChecks>();
        services.AddScoped<NotifyUrlChecks>();
        services.AddScoped<MerchantRequestsJudge>();
        services.AddScoped<EnrollmentNotifications>();
        services.AddScoped<GoLiveService>();
        services.AddScoped<GoLiveConfirmationService>();
        return services;
    }
}
