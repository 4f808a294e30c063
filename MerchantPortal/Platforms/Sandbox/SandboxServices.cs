using MerchantPortal.Infrastructure.Outbound;

namespace MerchantPortal.Platforms.Sandbox;

public static class SandboxServices
{
    public const string EnabledKey = "Sandbox:Enabled";

    /// <summary>The sandbox's outbox for notifications to merchants' servers.</summary>
    public static IServiceCollection AddSandboxCallbacks(this IServiceCollection services)
    {
        // Merchants' servers are strangers: public addresses only (unless allow-listed), no redirects followed, no cookies kept.
        services.AddSingleton(sp => new OutboundAddresses(sp.GetRequiredService<IConfiguration>().GetSection(OutboundAddresses.AllowedHostsKey).Get<string[]>() ?? []));
        services.AddHttpClient(SandboxCallbackDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnect.Handler(sp.GetRequiredService<OutboundAddresses>()));
        services.AddSingleton<SandboxCallbackDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxCallbackDispatcher>());
        return services;
    }
}
