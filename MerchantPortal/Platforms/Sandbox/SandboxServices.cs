namespace MerchantPortal.Platforms.Sandbox;

public static class SandboxServices
{
    public const string EnabledKey = "Sandbox:Enabled";

    /// <summary>The sandbox's outbox for notifications to merchants' servers.</summary>
    public static IServiceCollection AddSandboxCallbacks(this IServiceCollection services)
    {
        // Merchants' servers are strangers: no redirects followed, no cookies kept, a short connect timeout.
        services.AddHttpClient(SandboxCallbackDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(5) });
        services.AddSingleton<SandboxCallbackDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxCallbackDispatcher>());
        return services;
    }
}
