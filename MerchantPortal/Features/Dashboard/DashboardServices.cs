namespace MerchantPortal.Features.Dashboard;

public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardGate>();
        services.AddScoped<DashboardService>();
        services.AddScoped<Exports.DashboardCsv>();
        services.AddScoped<Exports.PeriodReport>();
        services.AddScoped<Exports.PeriodReportWriter>();
        return services;
    }
}
