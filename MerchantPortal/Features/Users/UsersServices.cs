using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Features.Users;

public static class UsersServices
{
    public static IServiceCollection AddUsers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UsersOptions>()
            .Bind(configuration.GetSection(UsersOptions.Section))
            .Validate(o => o.InvitationHours is >= 1 and <= 24 * 30, $"{UsersOptions.Section}:InvitationHours must be between 1 and 720.")
            .ValidateOnStart();
        // Registered with Identity like its own token providers, so UserManager generates and verifies the links.
        services.AddTransient<StaffInvitationTokenProvider>();
        services.Configure<IdentityOptions>(o => o.Tokens.ProviderMap[StaffInvitationTokenProvider.ProviderName] =
            new TokenProviderDescriptor(typeof(StaffInvitationTokenProvider)));
        services.AddScoped<StaffInvitationEmail>();
        services.AddScoped<StaffInvitationService>();
        services.AddScoped<UserDirectoryService>();
        services.AddScoped<UserAdministrationService>();
        return services;
    }
}
