namespace MerchantPortal.Features.Reports.Dossier;

public static class DossierServices
{
    public const string RateLimitPolicy = "dossier-verification";

    public const string RequestsPerMinuteKey = "Reports:VerificationsPerMinute";

    /// <summary>
    /// The verification page and its comparison are anonymous: each caller address gets
    /// <c>Reports:VerificationsPerMinute</c> (default 30) of them a minute, then 429, as the sandbox's gateways do.
    /// </summary>
    public static IServiceCollection AddDossiers(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(RequestsPerMinuteKey, 30);
        services.AddRateLimiter(options => options.AddPolicy(RateLimitPolicy, new DossierRateLimitPolicy(perMinute)));
        services.AddSingleton<DossierKey>();
        services.AddSingleton<DossierVerifier>();
        services.AddSingleton<DossierRenderer>();
        services.AddScoped<DossierService>();
        return services;
    }
}
