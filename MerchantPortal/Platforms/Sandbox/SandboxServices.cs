using System.Threading.RateLimiting;
using MerchantPortal.Infrastructure.Outbound;

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
        services.AddSingleton(sp => new OutboundAddresses(sp.GetRequiredService<IConfiguration>().GetSection(OutboundAddresses.AllowedHostsKey).Get<string[]>() ?? []));
        services.AddHttpClient(SandboxCallbackDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnect.Handler(sp.GetRequiredService<OutboundAddresses>()));
        services.AddSingleton<SandboxCallbackDispatcher>();
        services.AddScoped<SandboxBuyer>();
        services.AddSingleton<SandboxRequestLog>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxCallbackDispatcher>());
        return services;
    }
}
