namespace MerchantPortal.Features.Dashboard;

public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        return services;
    }
}
