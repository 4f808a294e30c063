using MerchantPortal.Infrastructure.Documents.Isolation;

namespace MerchantPortal.Features.Documents;

public static class DocumentUploadServices
{
    /// <summary>The isolated inspection (worker client and its queue) and the per-user upload rate limit.</summary>
    public static IServiceCollection AddDocumentUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InspectionOptions>(configuration.GetSection(InspectionOptions.Section));
        services.AddSingleton<InspectionGate>();
        services.AddSingleton<InspectionWorkerClient>();
        var perMinute = configuration.GetValue(UploadRateLimitPolicy.PerMinuteKey, 20);
        services.AddRateLimiter(options => options.AddPolicy(UploadRateLimitPolicy.Name, new UploadRateLimitPolicy(perMinute)));
        return services;
    }
}
