using MerchantPortal.Components.Account.Throttling;
using MerchantPortal.Components.Account.TwoFactor;
using MerchantPortal.Infrastructure.Passwords;

namespace MerchantPortal.Components.Account;

/// <summary>What keeps sign-in from leaking or being abused (decision 0020): limits, delays, background mail, token encryption.</summary>
public static class SignInHardeningServices
{
    /// <summary>PBKDF2-HMAC-SHA512 (Identity's v3 hash): OWASP's Password Storage Cheat Sheet asks for 210,000 iterations.</summary>
    public const int DefaultPasswordHashIterations = 210_000;

    public const string PasswordHashIterationsKey = "Identity:PasswordHashIterations";

    public static IServiceCollection AddSignInHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInLimitOptions>(configuration.GetSection(SignInLimitOptions.Section));
        services.AddSingleton<FailureDelays>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<AccountMailQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<AccountMailQueue>());
        services.AddSingleton<AccountMailJobs>();
        services.AddSingleton<UserTokenProtector>();
        services.AddHostedService<UserTokenMigration>();
        services.AddSingleton<CommonPasswordList>();
        return services;
    }
}
