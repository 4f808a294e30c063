using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Platforms.Sandbox;

namespace MerchantPortal.Platforms.Alipay;

public static class AlipayServices
{
    public static IServiceCollection AddAlipay(this IServiceCollection services)
    {
        services.AddSingleton<ICredentialProfile, AlipayCredentialProfile>();
        services.AddSingleton<ICallbackPolicy, AlipayCallbackPolicy>();
        services.AddSingleton<AlipayTradeNotifications>();
        services.AddScoped<AlipaySandboxTrades>();
        services.AddScoped<AlipayGateway>();
        services.AddScoped<ISandboxPayer, AlipaySandboxPayer>();
        return services;
    }
}
