namespace MerchantPortal.Features.Catalogue;

public static class CatalogueServices
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddScoped<PlatformCatalogue>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<RuleSetService>();
        return services;
    }
}
