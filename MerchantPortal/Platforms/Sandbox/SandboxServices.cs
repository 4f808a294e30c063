using System.Threading.RateLimiting;
using MerchantPortal.Infrastructure.Outbound;
using MerchantPortal.Infrastructure.Hosting;

namespace MerchantPortal.Platforms.Sandbox;

public static class SandboxServices
{
    public const string EnabledKey = "Sandbox:Enabled";

    public const string RateLimitPolicy = "sandbox";

    /// <summary>
    /// The gateways are anonymous (the signature is the credential) and refuse with signed answers, which cost a
    /// private-key operation each: a caller gets <c>Sandbox:RequestsPerMinute</c> (default 300) per address.
    /// </summary>
    public static IServiceCollection AddSandboxRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Sandbox:RequestsPerMinute", 300);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>The sandbox's outbox for notifications to merchants' servers.</summary>
    public static IServiceCollection AddSandboxCallbacks(this IServiceCollection services)
    {
        // Merchants' servers are strangers: public addresses only (unless allow-listed), no redirects followed, no cookies kept.
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var own = sp.GetRequiredService<OwnOrigin>();
            return new OutboundAddresses(configuration.GetSection(OutboundAddresses.AllowedHostsKey).Get<string[]>() ?? [],
                configuration.GetValue<bool>(OutboundAddresses.AllowOwnOriginKey) ? () => own.Addresses : null);
        });
        services.AddHttpClient(SandboxNotificationSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnect.Handler(sp.GetRequiredService<OutboundAddresses>()));
        services.AddSingleton<OwnOrigin>();
        services.AddSingleton<SandboxNotificationSender>();
        services.AddSingleton<SandboxCallbackDispatcher>();
        services.AddScoped<SandboxBuyer>();
        services.AddSingleton<SandboxRequestLog>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxCallbackDispatcher>());
        return services;
    }
}
